import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { NOTIFICATION_JOB_ATTRIBUTES, type NotificationJob } from '@payments/contracts';
import type { JobQueue } from '../ports/job-queue';

/**
 * Sends notification jobs. Message attributes make a message triageable in the DLQ without
 * parsing its body; the X-Ray trace header ties the consumer's trace to the request's.
 */
export class SqsJobQueue implements JobQueue {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
    private readonly traceHeader: () => string | undefined,
  ) {}

  async enqueue(job: NotificationJob): Promise<void> {
    const traceHeader = this.traceHeader();
    await this.client.send(
      new SendMessageCommand({
        QueueUrl: this.queueUrl,
        MessageBody: JSON.stringify(job),
        MessageAttributes: {
          [NOTIFICATION_JOB_ATTRIBUTES.trigger]: text(job.trigger),
          [NOTIFICATION_JOB_ATTRIBUTES.transactionId]: text(job.transaction_id),
          [NOTIFICATION_JOB_ATTRIBUTES.eventId]: text(job.event_id),
        },
        ...(traceHeader ? { MessageSystemAttributes: { AWSTraceHeader: text(traceHeader) } } : {}),
      }),
    );
  }
}

function text(value: string) {
  return { DataType: 'String', StringValue: value };
}
