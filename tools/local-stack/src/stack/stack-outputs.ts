import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CfnTemplate } from '../template/cfn-template';
import type { IntrinsicResolver } from '../template/intrinsics';

/** `.local/stack-outputs.json`: the deployed stack's outputs, pointing at the local stack. */
export interface LocalStackOutputs {
  readonly ApiUrl: string;
  readonly TableName: string;
  readonly QueueUrl: string;
  readonly DeadLetterQueueUrl: string;
  readonly TopicArn: string;
  readonly AwsEndpointUrl: string;
  readonly Region: string;
  readonly AccessKeyId: string;
  readonly SecretAccessKey: string;
  readonly OutboxUrl: string;
  readonly DocsUrl?: string;
  readonly [output: string]: string | undefined;
}

/** Every `Outputs` value of the template, resolved against the local resources. */
export function templateOutputs(
  template: CfnTemplate & { Outputs?: Record<string, { Value: unknown }> },
  resolver: IntrinsicResolver,
) {
  const outputs: Record<string, string> = {};
  for (const [name, output] of Object.entries(template.Outputs ?? {})) {
    outputs[name] = String(resolver.resolve(output.Value));
  }
  return outputs;
}

type LocalOnly = Pick<
  LocalStackOutputs,
  | 'ApiUrl'
  | 'AwsEndpointUrl'
  | 'Region'
  | 'AccessKeyId'
  | 'SecretAccessKey'
  | 'OutboxUrl'
  | 'DocsUrl'
>;

/**
 * The template's outputs (TableName, QueueUrl, DeadLetterQueueUrl, TopicArn, policy ARNs...)
 * with what only exists locally: the local stage URL instead of the execute-api one, the AWS
 * endpoint, the local key, the outbox and docs.
 */
export function localOutputs(
  fromTemplate: Record<string, string>,
  local: LocalOnly,
): LocalStackOutputs {
  const required = (name: string) => {
    const value = fromTemplate[name];
    if (value === undefined) throw new Error(`the template has no ${name} output`);
    return value;
  };
  return {
    ...fromTemplate,
    TableName: required('TableName'),
    QueueUrl: required('QueueUrl'),
    DeadLetterQueueUrl: required('DeadLetterQueueUrl'),
    TopicArn: required('TopicArn'),
    ...local,
  };
}

export function writeStackOutputs(file: string, outputs: LocalStackOutputs): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(outputs, null, 2)}\n`);
}
