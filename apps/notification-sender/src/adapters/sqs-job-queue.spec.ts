import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { manualJob } from '../__fixtures__/items';
import { SqsJobQueue } from './sqs-job-queue';

const client = new SQSClient({ region: 'us-east-2' });
const sqs = mockClient(client);
const queueUrl = 'https://sqs.us-east-2.amazonaws.com/123456789012/notifications';

describe('SqsJobQueue', () => {
  beforeEach(() => sqs.reset());

  it('sends the job as JSON with triage attributes and the X-Ray trace header', async () => {
    sqs.on(SendMessageCommand).resolves({ MessageId: 'm-1' });
    const trace = 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1';
    const queue = new SqsJobQueue(client, queueUrl, () => trace);

    await queue.enqueue(manualJob('req_1', 'evt_1'));

    const input = sqs.commandCalls(SendMessageCommand)[0]?.args[0].input;
    expect(input?.QueueUrl).toBe(queueUrl);
    expect(JSON.parse(input?.MessageBody ?? '')).toEqual(manualJob('req_1', 'evt_1'));
    expect(input?.MessageAttributes).toEqual({
      trigger: { DataType: 'String', StringValue: 'manual' },
      transaction_id: { DataType: 'String', StringValue: 'tx_1001' },
      event_id: { DataType: 'String', StringValue: 'evt_1' },
    });
    expect(input?.MessageSystemAttributes).toEqual({
      AWSTraceHeader: { DataType: 'String', StringValue: trace },
    });
    expect(input).not.toHaveProperty('DelaySeconds');
  });

  it('delays delivery when asked to', async () => {
    sqs.on(SendMessageCommand).resolves({ MessageId: 'm-1' });
    const queue = new SqsJobQueue(client, queueUrl, () => undefined);

    await queue.enqueue(manualJob(), { delaySeconds: 900 });

    expect(sqs.commandCalls(SendMessageCommand)[0]?.args[0].input.DelaySeconds).toBe(900);
  });

  it('omits the trace header outside a traced invocation', async () => {
    sqs.on(SendMessageCommand).resolves({ MessageId: 'm-1' });
    const queue = new SqsJobQueue(client, queueUrl, () => undefined);

    await queue.enqueue(manualJob());

    expect(
      sqs.commandCalls(SendMessageCommand)[0]?.args[0].input.MessageSystemAttributes,
    ).toBeUndefined();
  });

  it('propagates a send failure', async () => {
    sqs.on(SendMessageCommand).rejects(new Error('queue gone'));
    const queue = new SqsJobQueue(client, queueUrl, () => undefined);

    await expect(queue.enqueue(manualJob())).rejects.toThrow('queue gone');
  });
});
