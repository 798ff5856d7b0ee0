import type { EventItem, NotificationJob, TransactionItem } from '@payments/contracts/lambda';
import type { Clock } from '../ports/clock';
import type { EmailPublisher } from '../ports/email-publisher';
import type { ItemRef, NotificationStore } from '../ports/notification-store';
import type { RateLimiter } from '../ports/rate-limiter';
import type { RecipientSubscriptions } from '../ports/recipient-subscriptions';
import { composeEmail } from './compose-email';
import {
  JobItemMismatchError,
  NotificationClaimHeldError,
  NotificationItemMissingError,
  RecipientSubscriptionPendingError,
  TransactionNotFoundError,
} from './errors';
import { eventNotificationId, manualNotificationId } from './notification-id';

/**
 * How long a claim protects an item from other senders. Longer than the function timeout (30 s),
 * so a lease only expires once its holder is gone.
 */
export const CLAIM_LEASE_MS = 60_000;

export interface SendNotificationDeps {
  readonly store: NotificationStore;
  readonly subscriptions: RecipientSubscriptions;
  readonly publisher: EmailPublisher;
  readonly rateLimiter: RateLimiter;
  readonly clock: Clock;
}

export type SendOutcome =
  | {
      readonly status: 'sent';
      readonly messageId: string;
      readonly notificationId: string;
      /** The lease expired before the send was recorded: another sender may send again. */
      readonly leaseLost: boolean;
    }
  | { readonly status: 'duplicate' };

/**
 * Sends the email a job asks for, at most once per item in the normal course: the item is
 * claimed with a conditional update (an item already notified is a duplicate and sends nothing),
 * then the recipient's filtered subscription is ensured, the publish is paced, and the send is
 * recorded on the item. Throws a NotificationError (or an AWS error) when it cannot send now.
 */
export async function sendNotification(
  job: NotificationJob,
  deps: SendNotificationDeps,
): Promise<SendOutcome> {
  const ref: ItemRef = { transactionId: job.transaction_id, itemKey: job.item_key };
  const now = deps.clock.now();
  const claimedAt = now.toISOString();
  const leaseExpiredBefore = new Date(now.getTime() - CLAIM_LEASE_MS).toISOString();

  const claim = await deps.store.claim(ref, { claimedAt, leaseExpiredBefore });
  if (claim.outcome === 'already_notified') return { status: 'duplicate' };
  if (claim.outcome === 'missing') throw new NotificationItemMissingError(ref);
  if (claim.outcome === 'held_by_another') throw new NotificationClaimHeldError(ref);

  let messageId: string;
  let event: EventItem;
  let notificationId: string;
  try {
    event = await describedEvent(job, claim.item, deps.store);
    notificationId = notificationIdOf(claim.item);
    if ((await deps.subscriptions.ensureSubscribed(event.customer_email)) === 'pending') {
      throw new RecipientSubscriptionPendingError();
    }
    const content = composeEmail(event);
    await deps.rateLimiter.acquire();
    messageId = await deps.publisher.publish({
      recipient: event.customer_email,
      ...content,
      transactionId: event.transaction_id,
      eventType: event.event_type,
      notificationId,
    });
  } catch (error) {
    // Nothing was sent: give the lease back so the retry need not wait for it to expire. If the
    // release fails too, the lease simply expires; the original error is the one that matters.
    await deps.store.releaseClaim(ref, claimedAt).catch(() => undefined);
    throw error;
  }

  const marked = await deps.store.markSent(ref, {
    claimedAt,
    notifiedAt: deps.clock.now().toISOString(),
    messageId,
    ...(claim.item.item_type === 'manual_notification' ? { describedEventId: event.event_id } : {}),
  });
  return { status: 'sent', messageId, notificationId, leaseLost: marked === 'lease_lost' };
}

/** The event an email describes: the item itself, or for a manual request the latest event. */
async function describedEvent(
  job: NotificationJob,
  item: TransactionItem,
  store: NotificationStore,
): Promise<EventItem> {
  if (job.trigger === 'event') {
    if (item.item_type !== 'event' || item.event_id !== job.event_id) {
      throw new JobItemMismatchError(`Job for event ${job.event_id} points at another item`);
    }
    return item;
  }
  if (item.item_type !== 'manual_notification') {
    throw new JobItemMismatchError('Manual job points at an item that is not a manual request');
  }
  const latest = await store.findLatestEvent(job.transaction_id);
  if (!latest) throw new TransactionNotFoundError(job.transaction_id);
  return latest;
}

function notificationIdOf(item: TransactionItem): string {
  return item.item_type === 'event'
    ? eventNotificationId(item.event_id)
    : manualNotificationId(item.request_id);
}
