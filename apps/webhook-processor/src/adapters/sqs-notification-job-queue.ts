import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { NOTIFICATION_JOB_ATTRIBUTES, type NotificationJob } from '@payments/contracts';
import type { NotificationJobQueue } from '../ports/notification-job-queue';

/**
 * Sends each job as one SQS message. The ids travel as message attributes too, so on-call can
 * triage a message (or a DLQ entry) without parsing bodies, and the X-Ray trace header of the
 * current invocation continues the trace into the notification sender.
 */
export class SqsNotificationJobQueue implements NotificationJobQueue {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
    private readonly traceHeader: () => string | undefined = () => undefined,
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
