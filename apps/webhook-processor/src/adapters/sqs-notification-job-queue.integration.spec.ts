import { ReceiveMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { createSqsClient } from '@payments/aws-clients';
import { notificationJobValidator, type NotificationJob } from '@payments/contracts';
import { motoClientOptions } from '@payments/moto-harness';
import { createNotificationQueue } from '../test-support/moto-resources';
import { SqsNotificationJobQueue } from './sqs-notification-job-queue';

const job: NotificationJob = {
  version: 1,
  trigger: 'event',
  transaction_id: 'txn_queue_1',
  item_key: '2026-11-27T10:15:30.123Z#evt_queue_1',
  event_id: 'evt_queue_1',
  enqueued_at: '2026-11-27T10:16:00.000Z',
};
const traceHeader = 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=557abcec3ee5a047;Sampled=1';

describe('SqsNotificationJobQueue against moto', () => {
  let client: SQSClient;
  let queueUrl: string;

  beforeAll(async () => {
    client = createSqsClient(motoClientOptions());
    queueUrl = await createNotificationQueue(client);
  });

  afterAll(() => client.destroy());

  it('round-trips the job with its message attributes and trace header', async () => {
    // Prepare
    const queue = new SqsNotificationJobQueue(client, queueUrl, () => traceHeader);

    // Act
    await queue.enqueue(job);
    const { Messages } = await client.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: 10,
        MessageAttributeNames: ['All'],
        MessageSystemAttributeNames: ['AWSTraceHeader'],
        WaitTimeSeconds: 1,
      }),
    );

    // Assess
    expect(Messages).toHaveLength(1);
    const [message] = Messages ?? [];
    expect(notificationJobValidator.validate(JSON.parse(message?.Body ?? ''))).toEqual({
      ok: true,
      value: job,
    });
    expect(message?.MessageAttributes).toEqual({
      trigger: { DataType: 'String', StringValue: 'event' },
      transaction_id: { DataType: 'String', StringValue: 'txn_queue_1' },
      event_id: { DataType: 'String', StringValue: 'evt_queue_1' },
    });
    expect(message?.Attributes?.AWSTraceHeader).toBe(traceHeader);
  });
});
