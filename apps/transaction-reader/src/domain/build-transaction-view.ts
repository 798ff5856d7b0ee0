import {
  statusOfEventType,
  toUtcInstant,
  type EventItem,
  type SentNotification,
  type TransactionEventView,
  type TransactionView,
} from '@payments/contracts/lambda';
import { eventNotificationId, manualNotificationId } from './notification-id';
import {
  isEventItem,
  isManualNotificationItem,
  type StoredManualNotificationItem,
  type StoredTransactionItem,
} from './stored-transaction-item';

/**
 * Folds a transaction's items into its view. Status, amount and customer come from the event
 * with the latest event time (`occurred_at`), whatever order the events arrived in. Returns
 * `undefined` when the partition holds no event.
 */
export function buildTransactionView(
  items: readonly StoredTransactionItem[],
): TransactionView | undefined {
  const events = items.filter(isEventItem).sort(byEventTime);
  const first = events[0];
  const latest = events[events.length - 1];
  if (!first || !latest) return undefined;
  const manualRequests = items.filter(isManualNotificationItem);

  return {
    transaction_id: latest.transaction_id,
    provider: latest.provider,
    status: statusOfEventType(latest.event_type),
    amount: latest.amount,
    currency: latest.currency,
    customer: { id: latest.customer_id, email: latest.customer_email },
    created_at: first.occurred_at,
    updated_at: latest.occurred_at,
    events: events.map(toEventView),
    notifications: {
      state: [...events, ...manualRequests].every((item) => item.notified_at) ? 'sent' : 'pending',
      sent: [
        ...events.flatMap(sentForEvent),
        ...manualRequests.flatMap((item) => sentForManualRequest(item, latest)),
      ].sort(bySentTime),
    },
  };
}

/**
 * Event time, then event id: the same order as the `timestamp` sort key, through the same
 * normalisation (`Date.parse` gives NaN for a leap second, which would break the sort). UTC
 * instants with milliseconds sort as strings.
 */
function byEventTime(a: EventItem, b: EventItem): number {
  return (
    compare(toUtcInstant(a.occurred_at), toUtcInstant(b.occurred_at)) ||
    compare(a.event_id, b.event_id)
  );
}

function bySentTime(a: SentNotification, b: SentNotification): number {
  return (
    Date.parse(a.sent_at) - Date.parse(b.sent_at) || compare(a.notification_id, b.notification_id)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function toEventView(item: EventItem): TransactionEventView {
  return {
    event_id: item.event_id,
    event_type: item.event_type,
    status: statusOfEventType(item.event_type),
    amount: item.amount,
    currency: item.currency,
    occurred_at: item.occurred_at,
    received_at: item.received_at,
  };
}

function sentForEvent(item: EventItem): SentNotification[] {
  if (!item.notified_at) return [];
  return [
    {
      notification_id: eventNotificationId(item.event_id),
      trigger: 'event',
      event_id: item.event_id,
      sent_at: item.notified_at,
    },
  ];
}

function sentForManualRequest(
  item: StoredManualNotificationItem,
  latest: EventItem,
): SentNotification[] {
  if (!item.notified_at) return [];
  return [
    {
      notification_id: manualNotificationId(item.request_id),
      trigger: 'manual',
      // Recorded by the sender; an item written before it did falls back to the latest event,
      // which is what a manual email always describes.
      event_id: item.notified_event_id ?? latest.event_id,
      sent_at: item.notified_at,
    },
  ];
}
