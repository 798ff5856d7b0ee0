import { DeleteMessageCommand } from '@aws-sdk/client-sqs';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import {
  createDynamoDbDocumentClient,
  createSnsClient,
  createSqsClient,
} from '@payments/aws-clients';
import { customerFilterPolicy } from '@payments/contracts';
import { createTransactionsTable, motoClientOptions, uniqueName } from '@payments/moto-harness';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { FakeLogger, FakeMetrics } from '../__fixtures__/fake-observability';
import { eventItem, eventJob } from '../__fixtures__/items';
import {
  createQueue,
  createTopic,
  envelopes,
  receiveAll,
  subscribeQueue,
  toSqsRecord,
} from '../__fixtures__/moto-messaging';
import { TokenBucket } from '../domain/token-bucket';
import { createHandler } from '../handler';
import { DynamoDbNotificationStore } from './dynamodb-notification-store';
import { SnsEmailPublisher } from './sns-email-publisher';
import { SnsRecipientSubscriptions } from './sns-recipient-subscriptions';
import { SqsJobQueue } from './sqs-job-queue';
import { systemClock, systemTimer } from './system-clock';

const VISIBILITY_TIMEOUT_SECONDS = 2;
const TRACE = 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1';

/**
 * The queue consumer wired to real adapters against moto, with the event source mapping's part
 * played by the test: receive, invoke, delete what the handler did not report as failed.
 */
describe('SQS round trip against moto with a partial batch failure', () => {
  const options = motoClientOptions();
  const dynamoDb = createDynamoDbDocumentClient(options);
  const sqs = createSqsClient(options);
  const sns = createSnsClient(options);

  afterAll(() => {
    dynamoDb.destroy();
    sqs.destroy();
    sns.destroy();
  });

  it('returns only the failed message to the queue; the sent one is gone and notified once', async () => {
    // Prepare: a table with one event, a notification queue, a topic with Alice's stand-in inbox.
    const tableName = await createTransactionsTable(dynamoDb);
    const queue = await createQueue(sqs, uniqueName('notifications'), VISIBILITY_TIMEOUT_SECONDS);
    const topicArn = await createTopic(sns, uniqueName('customer-notifications'));
    const inbox = await createQueue(sqs, uniqueName('alice-inbox'));
    const stored = eventItem({ transaction_id: 'tx_round', customer_email: 'alice@example.com' });
    await dynamoDb.send(new PutCommand({ TableName: tableName, Item: stored }));
    await subscribeQueue(sns, topicArn, inbox.arn, customerFilterPolicy(stored.customer_email));
    const jobs = new SqsJobQueue(sqs, queue.url, () => TRACE);
    await jobs.enqueue(eventJob(stored));
    await jobs.enqueue(
      eventJob(eventItem({ transaction_id: 'tx_round', event_id: 'evt_missing' })),
    );
    const handler = createHandler({
      store: new DynamoDbNotificationStore(dynamoDb, tableName),
      queue: jobs,
      subscriptions: new SnsRecipientSubscriptions(sns, topicArn),
      publisher: new SnsEmailPublisher(sns, topicArn),
      rateLimiter: new TokenBucket({ ratePerSecond: 4, timer: systemTimer }),
      clock: systemClock,
      logger: new FakeLogger(),
      metrics: new FakeMetrics(),
    });

    // Act: first delivery of the batch.
    const firstDelivery = await receiveAll(sqs, queue.url);
    const response = (await handler({
      Records: firstDelivery.map((message) => toSqsRecord(message, queue.arn)),
    } satisfies SQSEvent)) as SQSBatchResponse;
    const failedIds = new Set(response.batchItemFailures.map((f) => f.itemIdentifier));
    for (const message of firstDelivery.filter((m) => !failedIds.has(m.MessageId ?? ''))) {
      await sqs.send(
        new DeleteMessageCommand({ QueueUrl: queue.url, ReceiptHandle: message.ReceiptHandle }),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, (VISIBILITY_TIMEOUT_SECONDS + 1) * 1000));
    const redelivered = await receiveAll(sqs, queue.url);

    // Assess
    expect(firstDelivery).toHaveLength(2);
    const missing = firstDelivery.find(
      (m) => JSON.parse(m.Body ?? '{}').event_id === 'evt_missing',
    );
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: missing?.MessageId }]);
    expect(redelivered.map((m) => m.MessageId)).toEqual([missing?.MessageId]);
    expect(redelivered[0]?.Attributes?.ApproximateReceiveCount).toBe('2');
    expect(firstDelivery[0]?.MessageAttributes?.['trigger']?.StringValue).toBe('event');
    expect(firstDelivery[0]?.Attributes?.['AWSTraceHeader']).toBe(TRACE);

    const { Item } = await dynamoDb.send(
      new GetCommand({
        TableName: tableName,
        Key: { transaction_id: 'tx_round', timestamp: stored.timestamp },
      }),
    );
    expect(Item?.['notified_at']).toEqual(expect.any(String));
    expect(Item?.['notification_message_id']).toEqual(expect.any(String));
    expect(Item).not.toHaveProperty('notify_claimed_at');
    const delivered = envelopes(await receiveAll(sqs, inbox.url));
    expect(delivered).toHaveLength(1);
    expect(delivered[0]?.Message).toContain('Transaction ID: tx_round');
  });
});
