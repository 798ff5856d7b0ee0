import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { notificationJobValidator, type NotificationJob } from '@payments/contracts';
import { mockClient } from 'aws-sdk-client-mock';
import { SqsNotificationJobQueue } from './sqs-notification-job-queue';

const queueUrl = 'https://sqs.us-east-2.amazonaws.com/123456789012/notification-jobs';
const job: NotificationJob = {
  version: 1,
  trigger: 'event',
  transaction_id: 'txn_8f14e45fceea167a',
  item_key: '2026-11-27T10:15:30.123Z#evt_1Q2w3E4r5T6y',
  event_id: 'evt_1Q2w3E4r5T6y',
  enqueued_at: '2026-11-27T10:16:00.000Z',
};
const traceHeader = 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=557abcec3ee5a047;Sampled=1';

function setup(header?: string) {
  const client = new SQSClient({ region: 'us-east-2' });
  const mock = mockClient(client);
  mock.on(SendMessageCommand).resolves({ MessageId: 'm-1' });
  return { mock, queue: new SqsNotificationJobQueue(client, queueUrl, () => header) };
}

describe('SqsNotificationJobQueue', () => {
  it('sends the job as the body with its ids as message attributes', async () => {
    // Prepare
    const { mock, queue } = setup();

    // Act
    await queue.enqueue(job);

    // Assess
    const input = mock.commandCalls(SendMessageCommand)[0]?.args[0].input;
    expect(input?.QueueUrl).toBe(queueUrl);
    expect(notificationJobValidator.validate(JSON.parse(input?.MessageBody ?? ''))).toEqual({
      ok: true,
      value: job,
    });
    expect(input?.MessageAttributes).toEqual({
      trigger: { DataType: 'String', StringValue: 'event' },
      transaction_id: { DataType: 'String', StringValue: 'txn_8f14e45fceea167a' },
      event_id: { DataType: 'String', StringValue: 'evt_1Q2w3E4r5T6y' },
    });
    expect(input).not.toHaveProperty('MessageSystemAttributes');
  });

  it('propagates the X-Ray trace header of the current invocation', async () => {
    // Prepare
    const { mock, queue } = setup(traceHeader);

    // Act
    await queue.enqueue(job);

    // Assess
    expect(mock.commandCalls(SendMessageCommand)[0]?.args[0].input.MessageSystemAttributes).toEqual(
      { AWSTraceHeader: { DataType: 'String', StringValue: traceHeader } },
    );
  });

  it('fails when SQS does not accept the message', async () => {
    const { mock, queue } = setup();
    mock.on(SendMessageCommand).rejects(new Error('AWS.SimpleQueueService.NonExistentQueue'));

    await expect(queue.enqueue(job)).rejects.toThrow('NonExistentQueue');
  });
});
