import type { Message } from '@aws-sdk/client-sqs';
import type { SQSEvent } from 'aws-lambda';
import type { InvocationOutcome } from './batch-outcome';
import { startQueueEventSource, type QueuePort } from './queue-event-source';

/** In-memory SQS queue with visibility timeout, receive counts and a redrive policy. */
function fakeQueue(bodies: string[], options: { visibilityMs: number; maxReceiveCount: number }) {
  const messages = bodies.map((body, i) => ({
    id: `m${i + 1}`,
    body,
    receiveCount: 0,
    visibleAt: 0,
    handle: '',
  }));
  const dlq: string[] = [];
  const port: QueuePort = {
    async receive({ maxMessages }) {
      await new Promise((r) => setTimeout(r, 5));
      const now = Date.now();
      for (const m of messages.filter(
        (m) => m.visibleAt <= now && m.receiveCount >= options.maxReceiveCount,
      )) {
        dlq.push(m.id);
        messages.splice(messages.indexOf(m), 1);
      }
      const visible = messages.filter((m) => m.visibleAt <= now).slice(0, maxMessages);
      return visible.map((m): Message => {
        m.receiveCount += 1;
        m.visibleAt = now + options.visibilityMs;
        m.handle = `${m.id}-${m.receiveCount}`;
        return {
          MessageId: m.id,
          ReceiptHandle: m.handle,
          Body: m.body,
          MD5OfBody: 'md5',
          Attributes: {
            ApproximateReceiveCount: String(m.receiveCount),
            SentTimestamp: '1',
            SenderId: 'S',
          },
          MessageAttributes: { trigger: { DataType: 'String', StringValue: 'event' } },
        };
      });
    },
    async deleteBatch(entries) {
      for (const entry of entries) {
        const index = messages.findIndex((m) => m.handle === entry.receiptHandle);
        if (index >= 0) messages.splice(index, 1);
      }
    },
  };
  return { port, messages, dlq };
}

async function waitFor(condition: () => boolean, timeoutMs = 3000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const base = {
  queueArn: 'arn:aws:sqs:us-east-2:123456789012:jobs',
  region: 'us-east-2',
  batchSize: 10,
  maximumBatchingWindowSeconds: 0,
  reportBatchItemFailures: true,
  concurrency: 1,
  waitSeconds: 0,
};

describe('startQueueEventSource', () => {
  it('invokes with an SQS event and deletes only the records that did not fail', async () => {
    const queue = fakeQueue(['ok-1', 'poison', 'ok-2'], {
      visibilityMs: 10_000,
      maxReceiveCount: 5,
    });
    const events: SQSEvent[] = [];
    const invoke = async (event: SQSEvent): Promise<InvocationOutcome> => {
      events.push(event);
      const failed = event.Records.filter((r) => r.body === 'poison');
      return {
        ok: true,
        payload: { batchItemFailures: failed.map((r) => ({ itemIdentifier: r.messageId })) },
      };
    };

    const source = startQueueEventSource({ ...base, queue: queue.port, invoke });
    await waitFor(() => queue.messages.length === 1);
    await source.stop();

    expect(queue.messages.map((m) => m.body)).toEqual(['poison']);
    expect(events[0]?.Records).toHaveLength(3);
    expect(events[0]?.Records[0]).toMatchObject({
      messageId: 'm1',
      receiptHandle: 'm1-1',
      body: 'ok-1',
      attributes: { ApproximateReceiveCount: '1', SentTimestamp: '1', SenderId: 'S' },
      messageAttributes: {
        trigger: {
          stringValue: 'event',
          stringListValues: [],
          binaryListValues: [],
          dataType: 'String',
        },
      },
      md5OfBody: 'md5',
      eventSource: 'aws:sqs',
      eventSourceARN: base.queueArn,
      awsRegion: 'us-east-2',
    });
  });

  it('retries a failed record after the visibility timeout until the redrive moves it', async () => {
    const queue = fakeQueue(['poison'], { visibilityMs: 20, maxReceiveCount: 3 });
    let attempts = 0;
    const invoke = async (): Promise<InvocationOutcome> => {
      attempts += 1;
      return { ok: false, error: 'Error: cannot send' };
    };

    const source = startQueueEventSource({ ...base, queue: queue.port, invoke });
    await waitFor(() => queue.dlq.length === 1);
    await source.stop();

    expect(attempts).toBe(3);
    expect(queue.dlq).toEqual(['m1']);
  });

  it('splits the queue into batches of at most batchSize', async () => {
    const queue = fakeQueue(['a', 'b', 'c', 'd', 'e'], {
      visibilityMs: 10_000,
      maxReceiveCount: 5,
    });
    const sizes: number[] = [];
    const invoke = async (event: SQSEvent): Promise<InvocationOutcome> => {
      sizes.push(event.Records.length);
      return { ok: true, payload: null };
    };

    const source = startQueueEventSource({ ...base, batchSize: 2, queue: queue.port, invoke });
    await waitFor(() => queue.messages.length === 0);
    await source.stop();

    expect(sizes).toEqual([2, 2, 1]);
  });
});
