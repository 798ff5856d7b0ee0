import {
  CreateQueueCommand,
  DeleteQueueCommand,
  GetQueueAttributesCommand,
  ListQueueTagsCommand,
  type QueueAttributeName,
  type SQSClient,
} from '@aws-sdk/client-sqs';

/** The attributes CreateQueue accepts (the rest are read-only: ARN, counts, timestamps). */
const SETTABLE_ATTRIBUTES: readonly QueueAttributeName[] = [
  'DelaySeconds',
  'MaximumMessageSize',
  'MessageRetentionPeriod',
  'Policy',
  'ReceiveMessageWaitTimeSeconds',
  'VisibilityTimeout',
  'RedrivePolicy',
  'RedriveAllowPolicy',
  'KmsMasterKeyId',
  'KmsDataKeyReusePeriodSeconds',
  'SqsManagedSseEnabled',
  'FifoQueue',
  'ContentBasedDeduplication',
];

export interface QueueOutage {
  /** Re-creates the queue with the same name, attributes and tags, hence the same URL. */
  restore(): Promise<void>;
}

/**
 * Makes a queue unavailable by deleting it, after recording what it takes to bring it back
 * identical, so the functions' QUEUE_URL stays valid. Emulator only: in AWS a deleted queue's
 * name is blocked for 60 seconds, and a deployed stage has real traffic.
 */
export async function takeQueueOffline(sqs: SQSClient, queueUrl: string): Promise<QueueOutage> {
  const { Attributes = {} } = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['All'] }),
  );
  const { Tags } = await sqs.send(new ListQueueTagsCommand({ QueueUrl: queueUrl }));
  const attributes = Object.fromEntries(
    Object.entries(Attributes).filter(([name]) =>
      SETTABLE_ATTRIBUTES.includes(name as QueueAttributeName),
    ),
  );
  const queueName = new URL(queueUrl).pathname.split('/').pop() ?? '';
  await sqs.send(new DeleteQueueCommand({ QueueUrl: queueUrl }));
  return {
    async restore() {
      const { QueueUrl } = await sqs.send(
        new CreateQueueCommand({
          QueueName: queueName,
          Attributes: attributes,
          ...(Tags && Object.keys(Tags).length > 0 ? { tags: Tags } : {}),
        }),
      );
      if (QueueUrl !== queueUrl) {
        throw new Error(`re-created queue has another URL: ${QueueUrl} (expected ${queueUrl})`);
      }
    },
  };
}
