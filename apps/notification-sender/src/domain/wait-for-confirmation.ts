import type { NotificationJob } from '@payments/contracts/lambda';
import type { JobQueue } from '../ports/job-queue';

/** How long a job waits between checks of a pending subscription: the SQS maximum delay. */
export const CONFIRMATION_RECHECK_SECONDS = 900;

/**
 * Checks before a job stops waiting: 288 x 15 min = 3 days, as long as an SNS confirmation link
 * stays valid. After that the record fails like any other and reaches the redrive DLQ.
 */
export const MAX_CONFIRMATION_CHECKS = 288;

export type WaitOutcome =
  | { readonly status: 'requeued'; readonly attempt: number }
  | { readonly status: 'expired'; readonly attempt: number };

/**
 * A customer's first email waits until they click the SNS confirmation link, which can take
 * days; failing the SQS record instead would exhaust maxReceiveCount in minutes. So the same job
 * goes back on the queue, delayed and with its attempt counted, and the current record is done.
 * The claim was released when the send gave up (and a lease outlives no delay: 60 s < 900 s),
 * so the delayed job can claim the item again.
 */
export async function waitForConfirmation(
  job: NotificationJob,
  queue: JobQueue,
): Promise<WaitOutcome> {
  const waited = job.attempt ?? 0;
  if (waited >= MAX_CONFIRMATION_CHECKS) return { status: 'expired', attempt: waited };
  const attempt = waited + 1;
  await queue.enqueue({ ...job, attempt }, { delaySeconds: CONFIRMATION_RECHECK_SECONDS });
  return { status: 'requeued', attempt };
}
