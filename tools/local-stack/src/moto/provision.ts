import {
  CreateTableCommand,
  DynamoDBClient,
  UpdateContinuousBackupsCommand,
  UpdateTimeToLiveCommand,
  type CreateTableCommandInput,
} from '@aws-sdk/client-dynamodb';
import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { LocalStackPlan } from '../template/local-stack-plan';
import type { KmsKeySpec } from '../template/storage';
import { awsJsonCall } from './aws-json-call';

export interface AwsTarget {
  readonly endpoint: string;
  readonly region: string;
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string };
}

/** Creates the template's KMS keys (policy, rotation, aliases); returns key ids by logical id. */
export async function createKmsKeys(
  keys: readonly KmsKeySpec[],
  target: AwsTarget,
): Promise<Record<string, string>> {
  const call = <T>(action: string, input: unknown) =>
    awsJsonCall<T>({ ...target, service: 'kms', target: `TrentService.${action}`, input });
  const ids: Record<string, string> = {};
  for (const key of keys) {
    const created = await call<{ KeyMetadata: { KeyId: string } }>('CreateKey', {
      ...(key.description ? { Description: key.description } : {}),
      ...(key.keyPolicy ? { Policy: JSON.stringify(key.keyPolicy) } : {}),
    });
    const keyId = created.KeyMetadata.KeyId;
    if (key.enableKeyRotation) await call('EnableKeyRotation', { KeyId: keyId });
    for (const alias of key.aliases)
      await call('CreateAlias', { AliasName: alias, TargetKeyId: keyId });
    ids[key.logicalId] = keyId;
  }
  return ids;
}

/**
 * Creates the table, queues, topics and subscriptions of the plan. A queue consumed by an event
 * source mapping gets `visibilityTimeoutSeconds` instead of the template's value when given, so
 * tests can watch a redrive happen in seconds; the redrive policy itself is never changed.
 */
export async function provisionPlan(
  plan: LocalStackPlan,
  target: AwsTarget,
  options: { visibilityTimeoutSeconds?: number } = {},
): Promise<void> {
  const dynamodb = new DynamoDBClient(target);
  const sqs = new SQSClient(target);
  const sns = new SNSClient(target);
  try {
    for (const table of plan.tables) {
      await dynamodb.send(
        new CreateTableCommand(table.createTable as unknown as CreateTableCommandInput),
      );
      if (table.timeToLive) {
        await dynamodb.send(
          new UpdateTimeToLiveCommand({
            TableName: table.name,
            TimeToLiveSpecification: table.timeToLive,
          }),
        );
      }
      if (table.pointInTimeRecovery) {
        await dynamodb.send(
          new UpdateContinuousBackupsCommand({
            TableName: table.name,
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          }),
        );
      }
    }
    const consumed = new Set(plan.queueEventSources.map((source) => source.queueArn));
    for (const queue of plan.queues) {
      const attributes = { ...queue.attributes };
      if (options.visibilityTimeoutSeconds !== undefined && consumed.has(queue.arn)) {
        attributes['VisibilityTimeout'] = String(options.visibilityTimeoutSeconds);
      }
      const created = await sqs.send(
        new CreateQueueCommand({ QueueName: queue.name, Attributes: attributes }),
      );
      if (created.QueueUrl !== queue.url) {
        throw new Error(`queue ${queue.name} got URL ${created.QueueUrl}, expected ${queue.url}`);
      }
    }
    for (const topic of plan.topics) {
      await sns.send(new CreateTopicCommand({ Name: topic.name, Attributes: topic.attributes }));
    }
    for (const subscription of plan.subscriptions) {
      await sns.send(
        new SubscribeCommand({
          TopicArn: subscription.topicArn,
          Protocol: subscription.protocol,
          Endpoint: subscription.endpoint,
          Attributes: subscription.attributes,
          ReturnSubscriptionArn: true,
        }),
      );
    }
  } finally {
    dynamodb.destroy();
    sqs.destroy();
    sns.destroy();
  }
}
