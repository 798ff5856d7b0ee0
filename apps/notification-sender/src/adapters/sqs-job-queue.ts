import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { toNotificationJobMessage, type NotificationJob } from '@payments/contracts/lambda';
import type { EnqueueOptions, JobQueue } from '../ports/job-queue';

/**
 * Sends notification jobs in the queue contract's message form (triage attributes, X-Ray trace
 * header), so a job from a manual request, or one put back to wait, looks like one from a webhook.
 */
export class SqsJobQueue implements JobQueue {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
    private readonly traceHeader: () => string | undefined,
  ) {}

  async enqueue(job: NotificationJob, options: EnqueueOptions = {}): Promise<void> {
    await this.client.send(
      new SendMessageCommand({
        QueueUrl: this.queueUrl,
        ...toNotificationJobMessage(job, this.traceHeader()),
        ...(options.delaySeconds === undefined ? {} : { DelaySeconds: options.delaySeconds }),
      }),
    );
  }
}
