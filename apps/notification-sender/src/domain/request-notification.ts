import {
  manualNotificationSortKey,
  type NotificationJob,
  type NotifyAck,
} from '@payments/contracts/lambda';
import type { Clock } from '../ports/clock';
import type { JobQueue } from '../ports/job-queue';
import type { NotificationStore } from '../ports/notification-store';
import { TransactionNotFoundError } from './errors';
import { manualNotificationId } from './notification-id';

export interface RequestNotificationInput {
  readonly transactionId: string;
  readonly requestId: string;
  readonly reason?: string;
}

export interface RequestNotificationDeps {
  readonly store: NotificationStore;
  readonly queue: JobQueue;
  readonly clock: Clock;
}

export interface RequestNotificationResult {
  readonly ack: NotifyAck;
  /** False when this request id was already notified: nothing new was queued. */
  readonly queued: boolean;
}

/**
 * `POST /transactions/{id}/notify`: records a manual request (idempotent by `request_id`) and
 * queues it; the SQS consumer sends the email. A repeated request id creates no second item; if
 * its email went out already nothing is queued, otherwise the job is queued again so a request
 * whose enqueue failed completes on retry (the consumer's claim keeps it to one email).
 */
export async function requestNotification(
  input: RequestNotificationInput,
  deps: RequestNotificationDeps,
): Promise<RequestNotificationResult> {
  const latest = await deps.store.findLatestEvent(input.transactionId);
  if (!latest) throw new TransactionNotFoundError(input.transactionId);

  const now = deps.clock.now().toISOString();
  const itemKey = manualNotificationSortKey(input.requestId);
  const created = await deps.store.createManualRequest({
    transaction_id: input.transactionId,
    timestamp: itemKey,
    item_type: 'manual_notification',
    request_id: input.requestId,
    requested_at: now,
    ...(input.reason ? { reason: input.reason } : {}),
  });

  const queued = created.status === 'created' || !created.notified;
  if (queued) await deps.queue.enqueue(manualJob(input, itemKey, latest.event_id, now));

  return {
    ack: {
      status: 'queued',
      transaction_id: input.transactionId,
      notification_id: manualNotificationId(input.requestId),
    },
    queued,
  };
}

function manualJob(
  input: RequestNotificationInput,
  itemKey: string,
  eventId: string,
  now: string,
): NotificationJob {
  return {
    version: 1,
    trigger: 'manual',
    transaction_id: input.transactionId,
    item_key: itemKey,
    event_id: eventId,
    request_id: input.requestId,
    enqueued_at: now,
  };
}
