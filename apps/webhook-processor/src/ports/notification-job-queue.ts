import type { NotificationJob } from '@payments/contracts/lambda';

export interface NotificationJobQueue {
  /** Resolves once the queue has durably accepted the job. */
  enqueue(job: NotificationJob): Promise<void>;
}
