import {
  DeleteMessageBatchCommand,
  ReceiveMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { QueuePort } from './queue-event-source';

/** QueuePort over the real SQS API (moto here, SQS in AWS). */
export function sqsQueuePort(sqs: SQSClient, queueUrl: string): QueuePort {
  return {
    async receive({ maxMessages, waitSeconds }, signal) {
      const output = await sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: queueUrl,
          MaxNumberOfMessages: maxMessages,
          WaitTimeSeconds: waitSeconds,
          MessageSystemAttributeNames: ['All'],
          MessageAttributeNames: ['All'],
        }),
        { abortSignal: signal },
      );
      return output.Messages ?? [];
    },
    async deleteBatch(entries) {
      const output = await sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl: queueUrl,
          Entries: entries.map((e) => ({ Id: e.id, ReceiptHandle: e.receiptHandle })),
        }),
      );
      if (output.Failed && output.Failed.length > 0) {
        throw new Error(`DeleteMessageBatch failed for ${JSON.stringify(output.Failed)}`);
      }
    },
  };
}
