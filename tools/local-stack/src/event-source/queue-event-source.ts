import type { Message } from '@aws-sdk/client-sqs';
import type { SQSEvent } from 'aws-lambda';
import { messagesToDelete, type InvocationOutcome } from './batch-outcome';
import { toSqsEvent } from './sqs-event';

/** The two SQS calls the poller makes (an SDK adapter in production, a fake in tests). */
export interface QueuePort {
  receive(
    input: { maxMessages: number; waitSeconds: number },
    signal: AbortSignal,
  ): Promise<Message[]>;
  deleteBatch(entries: readonly { id: string; receiptHandle: string }[]): Promise<void>;
}

export interface QueueEventSourceOptions {
  readonly queue: QueuePort;
  readonly queueArn: string;
  readonly region: string;
  readonly batchSize: number;
  readonly maximumBatchingWindowSeconds: number;
  readonly reportBatchItemFailures: boolean;
  /** Concurrent pollers, i.e. the mapping's MaximumConcurrency. */
  readonly concurrency: number;
  readonly invoke: (event: SQSEvent) => Promise<InvocationOutcome>;
  readonly onError?: (error: unknown) => void;
  /** Long-poll wait per ReceiveMessage, 20 s like Lambda's pollers. */
  readonly waitSeconds?: number;
}

export interface QueueEventSource {
  stop(): Promise<void>;
}

const SQS_MAX_MESSAGES_PER_RECEIVE = 10;

/**
 * Emulates a Lambda SQS event source mapping: long-polls the queue, invokes the function with
 * a batch, deletes only what succeeded and leaves the rest to reappear after the visibility
 * timeout; the queue's own redrive policy moves a message to the DLQ after maxReceiveCount.
 */
export function startQueueEventSource(options: QueueEventSourceOptions): QueueEventSource {
  const controller = new AbortController();
  const pollers = Array.from({ length: Math.max(1, options.concurrency) }, () =>
    pollUntilStopped(options, controller.signal),
  );
  return {
    async stop() {
      controller.abort();
      await Promise.allSettled(pollers);
    },
  };
}

async function pollUntilStopped(options: QueueEventSourceOptions, signal: AbortSignal) {
  while (!signal.aborted) {
    try {
      const batch = await receiveBatch(options, signal);
      if (batch.length > 0) await processBatch(options, batch);
    } catch (error) {
      if (signal.aborted) return;
      options.onError?.(error);
      await delay(1000, signal);
    }
  }
}

/** Up to batchSize messages: one long poll, then more within the batching window. */
async function receiveBatch(
  options: QueueEventSourceOptions,
  signal: AbortSignal,
): Promise<Message[]> {
  const first = await options.queue.receive(
    {
      maxMessages: Math.min(options.batchSize, SQS_MAX_MESSAGES_PER_RECEIVE),
      waitSeconds: options.waitSeconds ?? 20,
    },
    signal,
  );
  const batch = [...first];
  const deadline = Date.now() + options.maximumBatchingWindowSeconds * 1000;
  while (batch.length > 0 && batch.length < options.batchSize && Date.now() < deadline) {
    const more = await options.queue.receive(
      {
        maxMessages: Math.min(options.batchSize - batch.length, SQS_MAX_MESSAGES_PER_RECEIVE),
        waitSeconds: 0,
      },
      signal,
    );
    if (more.length === 0) await delay(100, signal);
    batch.push(...more);
  }
  return batch;
}

async function processBatch(options: QueueEventSourceOptions, batch: Message[]) {
  const outcome = await options.invoke(toSqsEvent(batch, options.queueArn, options.region));
  const ids = batch.map((m) => m.MessageId ?? '');
  const deletable = new Set(messagesToDelete(ids, outcome, options.reportBatchItemFailures));
  const entries = batch
    .filter((m) => deletable.has(m.MessageId ?? ''))
    .map((m, i) => ({ id: String(i), receiptHandle: m.ReceiptHandle ?? '' }));
  for (let i = 0; i < entries.length; i += SQS_MAX_MESSAGES_PER_RECEIVE) {
    await options.queue.deleteBatch(entries.slice(i, i + SQS_MAX_MESSAGES_PER_RECEIVE));
  }
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}
