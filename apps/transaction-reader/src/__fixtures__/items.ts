import { eventSortKey, manualNotificationSortKey, type EventItem } from '@payments/contracts';
import type { StoredManualNotificationItem } from '../domain/stored-transaction-item';

export const TRANSACTION_ID = 'tx_1001';

/** An event item as the webhook processor stores it; override what the test is about. */
export function eventItem(overrides: Partial<EventItem> = {}): EventItem {
  const eventId = overrides.event_id ?? 'evt_1';
  const occurredAt = overrides.occurred_at ?? '2026-11-27T10:00:00.000Z';
  return {
    transaction_id: TRANSACTION_ID,
    timestamp: eventSortKey(occurredAt, eventId),
    item_type: 'event',
    event_id: eventId,
    event_type: 'payment.created',
    provider: 'stripe',
    amount: 1999,
    currency: 'USD',
    customer_id: 'cus_1',
    customer_email: 'alice@example.com',
    occurred_at: occurredAt,
    received_at: '2026-11-27T10:05:00.000Z',
    payload_sha256: 'a'.repeat(64),
    ...overrides,
  };
}

export function manualItem(
  overrides: Partial<StoredManualNotificationItem> = {},
): StoredManualNotificationItem {
  const requestId = overrides.request_id ?? 'req_1';
  return {
    transaction_id: TRANSACTION_ID,
    timestamp: manualNotificationSortKey(requestId),
    item_type: 'manual_notification',
    request_id: requestId,
    requested_at: '2026-11-27T12:00:00.000Z',
    ...overrides,
  };
}
