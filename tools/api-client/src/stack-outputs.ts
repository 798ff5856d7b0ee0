/**
 * What a client needs to know about a running stack: the deployed stack's CloudFormation outputs
 * (`cdk deploy --outputs-file`), or the local stack's `.local/stack-outputs.json`, which carries
 * the same keys plus the emulator's endpoint, its static credentials and the email outbox.
 */
export interface StackOutputs {
  /** Stage invoke URL ending in `/v1/`. */
  readonly ApiUrl: string;
  readonly Region: string;
  readonly TableName?: string;
  readonly QueueUrl?: string;
  /** The notification queue's redrive DLQ. */
  readonly DeadLetterQueueUrl?: string;
  readonly TopicArn?: string;
  /** Local stack only: the AWS API emulator every SDK call must go to. */
  readonly AwsEndpointUrl?: string;
  /** Local stack only: the one identity the local gateway accepts. */
  readonly AccessKeyId?: string;
  readonly SecretAccessKey?: string;
  /** Local stack only: JSON listing of every email delivered through SNS. */
  readonly OutboxUrl?: string;
  readonly DocsUrl?: string;
}

export const DEFAULT_REGION = 'us-east-2';
export const DEPLOYED_STACK_NAME = 'PaymentWebhooksStack';
export const LOCAL_STACK_OUTPUTS_FILE = '.local/stack-outputs.json';

/** True when the outputs describe the local stack (an emulator endpoint, no real AWS). */
export function isLocalStack(outputs: StackOutputs): boolean {
  return outputs.AwsEndpointUrl !== undefined;
}
