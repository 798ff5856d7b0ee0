import {
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  type Message,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import { waitFor } from './wait-for';

export interface QueueDepth {
  readonly visible: number;
  readonly inFlight: number;
  readonly delayed: number;
}

export interface RedriveSettings {
  readonly visibilityTimeoutSeconds: number;
  readonly maxReceiveCount: number;
}

/** Read-only views of a queue: depth, redrive settings, and the messages it holds. */
export class QueueProbe {
  constructor(
    private readonly sqs: SQSClient,
    /** SQS's approximate counts lag (about a minute in AWS); zero must hold this many times in a row. */
    private readonly drainedSamples: { readonly count: number; readonly intervalMs: number },
  ) {}

  async depth(queueUrl: string): Promise<QueueDepth> {
    const { Attributes: a = {} } = await this.sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: queueUrl,
        AttributeNames: [
          'ApproximateNumberOfMessages',
          'ApproximateNumberOfMessagesNotVisible',
          'ApproximateNumberOfMessagesDelayed',
        ],
      }),
    );
    return {
      visible: Number(a['ApproximateNumberOfMessages'] ?? 0),
      inFlight: Number(a['ApproximateNumberOfMessagesNotVisible'] ?? 0),
      delayed: Number(a['ApproximateNumberOfMessagesDelayed'] ?? 0),
    };
  }

  /** Waits until the queue is empty (nothing visible, in flight or delayed), steadily. */
  async waitUntilDrained(queueUrl: string, timeoutMs: number): Promise<void> {
    let zeroInARow = 0;
    await waitFor(
      `queue ${queueUrl} to be drained`,
      async () => {
        const depth = await this.depth(queueUrl);
        zeroInARow = depth.visible + depth.inFlight + depth.delayed === 0 ? zeroInARow + 1 : 0;
        return { ...depth, zeroInARow };
      },
      (seen) => seen.zeroInARow >= this.drainedSamples.count,
      {
        timeoutMs,
        intervalMs: this.drainedSamples.intervalMs,
        maxIntervalMs: this.drainedSamples.intervalMs,
      },
    );
  }

  async redriveSettings(queueUrl: string): Promise<RedriveSettings> {
    const { Attributes: a = {} } = await this.sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: queueUrl,
        AttributeNames: ['VisibilityTimeout', 'RedrivePolicy'],
      }),
    );
    const redrive = JSON.parse(a['RedrivePolicy'] ?? '{}') as { maxReceiveCount?: number | string };
    return {
      visibilityTimeoutSeconds: Number(a['VisibilityTimeout'] ?? 30),
      maxReceiveCount: Number(redrive.maxReceiveCount ?? 0),
    };
  }

  /**
   * Waits until the queue holds messages matching every one of `wanted` and returns them. Reads
   * with a zero visibility timeout so that looking does not hide anything from other readers.
   */
  async waitForMessages(
    queueUrl: string,
    wanted: readonly ((message: Message) => boolean)[],
    timeoutMs: number,
  ): Promise<Message[]> {
    const seen = new Map<string, Message>();
    const matched = () => wanted.map((match) => [...seen.values()].find(match));
    await waitFor(
      `${wanted.length} specific message(s) in ${queueUrl}`,
      async () => {
        const { Messages = [] } = await this.sqs.send(
          new ReceiveMessageCommand({
            QueueUrl: queueUrl,
            MaxNumberOfMessages: 10,
            VisibilityTimeout: 0,
            WaitTimeSeconds: 1,
            MessageSystemAttributeNames: ['ApproximateReceiveCount'],
          }),
        );
        for (const message of Messages) seen.set(message.MessageId ?? '', message);
        return matched().filter(Boolean).length;
      },
      (found) => found === wanted.length,
      { timeoutMs, intervalMs: 500, maxIntervalMs: 5000 },
    );
    return matched() as Message[];
  }
}
