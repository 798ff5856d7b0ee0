/**
 * The storage contract of the `payment_transactions` table, shared by the three functions.
 * Pure types and key builders: the DynamoDB calls live in each app's adapters.
 *
 * One partition per transaction (`transaction_id`). Inside it, the sort key `timestamp` is
 *  - `<occurred_at as UTC ISO-8601 with ms>#<event_id>` for an event item: derived from the event,
 *    never from arrival time, so a redelivery maps to the same key and a conditional put
 *    (`attribute_not_exists`) rejects it; and lexical order is event-time order;
 *  - `notify#<request_id>` for a manual notification request (sorts after every event).
 *
 * An event id is unique per provider, whatever its event time or transaction, so each accepted
 * event also has an event-id guard item in its own partition `event-id#<provider>#<event_id>`
 * (sort key `guard`; `#` never occurs in a transaction id, so it cannot meet a real transaction).
 * It is written first, conditionally: a reused event id with another event time or transaction
 * is a conflict, not a second event.
 */
import type { CurrencyCode } from '../schemas/currency';
import type { PaymentEventType } from '../schemas/payment-event-type';

export const TABLE_NAME = 'payment_transactions';
export const PARTITION_KEY = 'transaction_id';
export const SORT_KEY = 'timestamp';
export const MANUAL_NOTIFICATION_KEY_PREFIX = 'notify#';

export type ItemType = 'event' | 'manual_notification';

/** Fields every notifiable item carries once the notification sender has worked on it. */
export interface NotificationFields {
  /** Set when a sender starts publishing (a lease, so a crashed sender's job can be retried). */
  readonly notify_claimed_at?: string;
  /** Set once the email is published; its presence means "never send again". */
  readonly notified_at?: string;
  readonly notification_message_id?: string;
  /** The event the email described (for a manual request: the latest event at send time). */
  readonly notified_event_id?: string;
}

export interface EventItem extends NotificationFields {
  readonly transaction_id: string;
  readonly timestamp: string;
  readonly item_type: 'event';
  readonly event_id: string;
  readonly event_type: PaymentEventType;
  readonly provider: string;
  readonly amount: number;
  readonly currency: CurrencyCode;
  readonly customer_id: string;
  readonly customer_email: string;
  readonly occurred_at: string;
  readonly received_at: string;
  /** SHA-256 of the canonical event JSON: tells a true duplicate from a conflicting reuse. */
  readonly payload_sha256: string;
  readonly metadata?: Record<string, string>;
}

export interface ManualNotificationItem extends NotificationFields {
  readonly transaction_id: string;
  readonly timestamp: string;
  readonly item_type: 'manual_notification';
  readonly request_id: string;
  readonly requested_at: string;
  readonly reason?: string;
}

export const EVENT_ID_GUARD_PARTITION_PREFIX = 'event-id#';
export const EVENT_ID_GUARD_SORT_KEY = 'guard';

export interface EventIdGuardItem {
  readonly transaction_id: string;
  readonly timestamp: typeof EVENT_ID_GUARD_SORT_KEY;
  readonly item_type: 'event_id_guard';
  readonly provider: string;
  readonly event_id: string;
  /** Where the event item this id was accepted with lives. */
  readonly event_transaction_id: string;
  readonly event_timestamp: string;
  readonly payload_sha256: string;
  readonly received_at: string;
}

export type TransactionItem = EventItem | ManualNotificationItem;

/** The guard that makes `event_id` unique per provider across all transactions and times. */
export function eventIdGuardFor(item: EventItem): EventIdGuardItem {
  return {
    transaction_id: `${EVENT_ID_GUARD_PARTITION_PREFIX}${item.provider}#${item.event_id}`,
    timestamp: EVENT_ID_GUARD_SORT_KEY,
    item_type: 'event_id_guard',
    provider: item.provider,
    event_id: item.event_id,
    event_transaction_id: item.transaction_id,
    event_timestamp: item.timestamp,
    payload_sha256: item.payload_sha256,
    received_at: item.received_at,
  };
}

/**
 * Normalises an RFC 3339 instant to UTC with milliseconds so keys sort by event time. A leap
 * second (`23:59:60`, valid RFC 3339 that `Date.parse` rejects) maps to the last millisecond
 * before the next minute, so such an event is stored instead of failing on every retry.
 */
export function toUtcInstant(rfc3339: string): string {
  const leapSecond = /^(.*T\d{2}:\d{2}:)60(?:\.\d+)?(.*)$/i.exec(rfc3339);
  const parseable = leapSecond ? `${leapSecond[1]}59.999${leapSecond[2]}` : rfc3339;
  const millis = Date.parse(parseable);
  if (Number.isNaN(millis)) throw new RangeError(`not an RFC 3339 instant: ${rfc3339}`);
  return new Date(millis).toISOString();
}

export function eventSortKey(occurredAt: string, eventId: string): string {
  return `${toUtcInstant(occurredAt)}#${eventId}`;
}

export function manualNotificationSortKey(requestId: string): string {
  return `${MANUAL_NOTIFICATION_KEY_PREFIX}${requestId}`;
}
