import type { NotificationJob } from '@payments/contracts/lambda';

export interface EnqueueOptions {
  /** Hide the job from consumers this long (SQS allows at most 900 s). */
  readonly delaySeconds?: number;
}

/** The notification queue, seen from a producer (the notify route, or a job put back to wait). */
export interface JobQueue {
  enqueue(job: NotificationJob, options?: EnqueueOptions): Promise<void>;
}
