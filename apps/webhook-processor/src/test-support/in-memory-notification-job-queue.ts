import type { NotificationJob } from '@payments/contracts';
import type { NotificationJobQueue } from '../ports/notification-job-queue';

export class InMemoryNotificationJobQueue implements NotificationJobQueue {
  readonly jobs: NotificationJob[] = [];
  private pendingFailures: Error[] = [];

  async enqueue(job: NotificationJob): Promise<void> {
    await Promise.resolve();
    const failure = this.pendingFailures.shift();
    if (failure) throw failure;
    this.jobs.push(job);
  }

  failNextEnqueue(error: Error = new Error('SQS unavailable')): void {
    this.pendingFailures.push(error);
  }
}
