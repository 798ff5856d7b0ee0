import { eventIdGuardFor, type EventItem, type WebhookEvent } from '@payments/contracts/lambda';
import type { Clock } from '../ports/clock';
import type { NotificationJobQueue } from '../ports/notification-job-queue';
import type { TransactionEventRepository } from '../ports/transaction-event-repository';
import {
  DependencyUnavailableError,
  type ProcessingStep,
} from './errors/dependency-unavailable-error';
import { EventIdConflictError } from './errors/event-id-conflict-error';
import { toEventItem } from './to-event-item';
import { toNotificationJob } from './to-notification-job';
import type { WebhookOutcome } from './webhook-outcome';

export interface ProcessWebhookDeps {
  readonly repository: TransactionEventRepository;
  readonly queue: NotificationJobQueue;
  readonly clock: Clock;
}

/**
 * Accepts one delivery of a validated event: store it once, then enqueue its notification job.
 *
 * - New key: stored and enqueued, `accepted`.
 * - Key taken by the same payload: `duplicate`. The job is enqueued again unless the stored item
 *   is already notified, because the first delivery may have stored the event and then failed to
 *   enqueue; the notification sender claims each item with a conditional update, so an extra job
 *   never sends a second email.
 * - Event id already accepted with a different payload (whatever its event time or
 *   transaction, via the event-id guard), or key taken by a different payload:
 *   `EventIdConflictError`; nothing is written.
 * - Storage or queue failure: `DependencyUnavailableError`, so the caller answers 5xx and the
 *   sender's retry completes the missing step.
 */
export async function processWebhook(
  deps: ProcessWebhookDeps,
  event: WebhookEvent,
): Promise<WebhookOutcome> {
  const item = toEventItem(event, deps.clock.now());
  const ids = { event_id: item.event_id, transaction_id: item.transaction_id };

  // The guard comes first: once it holds this payload's hash, only this payload can be stored
  // under the id. A crash after it is harmless, the retry finds its own guard and goes on.
  const guard = await step('store-event', () =>
    deps.repository.reserveEventId(eventIdGuardFor(item)),
  );
  if (!guard.reserved && guard.existing.payload_sha256 !== item.payload_sha256) {
    throw new EventIdConflictError(item.event_id, item.transaction_id);
  }
  const stored = await step('store-event', () => deps.repository.insertIfAbsent(item));
  if (stored.inserted) {
    await enqueueJobFor(deps, item);
    return { status: 'accepted', ...ids, enqueued: true };
  }
  if (stored.existing.payload_sha256 !== item.payload_sha256) {
    throw new EventIdConflictError(item.event_id, item.transaction_id);
  }
  if (stored.existing.notified_at) {
    return { status: 'duplicate', ...ids, enqueued: false };
  }
  await enqueueJobFor(deps, item);
  return { status: 'duplicate', ...ids, enqueued: true };
}

async function enqueueJobFor(deps: ProcessWebhookDeps, item: EventItem): Promise<void> {
  const job = toNotificationJob(item, deps.clock.now());
  await step('enqueue-notification', () => deps.queue.enqueue(job));
}

async function step<T>(name: ProcessingStep, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (cause) {
    throw new DependencyUnavailableError(name, { cause });
  }
}
