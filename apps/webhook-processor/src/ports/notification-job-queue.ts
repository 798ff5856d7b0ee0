import type { NotificationJob } from '@payments/contracts';

export interface NotificationJobQueue {
  /** Resolves once the queue has durably accepted the job. */
  enqueue(job: NotificationJob): Promise<void>;
}
