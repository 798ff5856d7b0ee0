import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { toNotificationJobMessage, type NotificationJob } from '@payments/contracts/lambda';
import type { NotificationJobQueue } from '../ports/notification-job-queue';

/**
 * Sends each job as one SQS message in the queue contract's form: the ids as message attributes
 * for triage, and the X-Ray trace header of the current invocation so the trace continues into
 * the notification sender.
 */
export class SqsNotificationJobQueue implements NotificationJobQueue {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
    private readonly traceHeader: () => string | undefined = () => undefined,
  ) {}

  async enqueue(job: NotificationJob): Promise<void> {
    await this.client.send(
      new SendMessageCommand({
        QueueUrl: this.queueUrl,
        ...toNotificationJobMessage(job, this.traceHeader()),
      }),
    );
  }
}
