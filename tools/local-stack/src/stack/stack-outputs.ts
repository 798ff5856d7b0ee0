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

export function writeStackOutputs(file: string, outputs: LocalStackOutputs): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(outputs, null, 2)}\n`);
}
