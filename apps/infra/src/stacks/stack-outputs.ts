import { CfnOutput, type Stack } from 'aws-cdk-lib';

/**
 * The stack outputs, by name (fixed with the e2e suite and the integrators' docs).
 * `cdk deploy --outputs-file` writes them as `{ "PaymentWebhooksStack": { name: value } }`.
 */
const DESCRIPTIONS = {
  ApiUrl: 'Invoke URL of the v1 stage (ends with /v1/); every route needs SigV4',
  TableName: 'DynamoDB table of payment events (payment_transactions)',
  QueueUrl: 'Notification job queue',
  DeadLetterQueueUrl: 'Redrive DLQ of the notification queue: jobs that failed every receive',
  TopicArn: 'Customer notification topic (one filtered subscription per recipient)',
  WebhookSenderPolicyArn: 'Managed policy to attach to call POST /webhooks/payment',
  TransactionReaderPolicyArn: 'Managed policy to attach to call GET /transactions/{id}',
  NotifierPolicyArn: 'Managed policy to attach to call POST /transactions/{id}/notify',
  OperationsTopicArn: 'Operations topic: alarms and their recoveries',
  Region: 'Region of the stack',
} as const;

export type StackOutputName = keyof typeof DESCRIPTIONS;

export function addStackOutputs(stack: Stack, values: Record<StackOutputName, string>): void {
  for (const [name, description] of Object.entries(DESCRIPTIONS) as [StackOutputName, string][]) {
    new CfnOutput(stack, name, { value: values[name], description });
  }
}
