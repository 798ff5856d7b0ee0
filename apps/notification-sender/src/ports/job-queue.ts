import type { NotificationJob } from '@payments/contracts';

/** The notification queue, seen from the producer side. */
export interface JobQueue {
  enqueue(job: NotificationJob): Promise<void>;
}
