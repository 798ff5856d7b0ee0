import {
  eventSortKey,
  manualNotificationSortKey,
  type EventItem,
  type ManualNotificationItem,
  type NotificationJob,
} from '@payments/contracts';

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
    event_type: 'payment.succeeded',
    provider: 'stripe',
    amount: 1999,
    currency: 'USD',
    customer_id: 'cus_1',
    customer_email: 'Alice@Example.com',
    occurred_at: occurredAt,
    received_at: '2026-11-27T10:00:01.000Z',
    payload_sha256: 'f'.repeat(64),
    ...overrides,
  };
}

export function manualItem(
  overrides: Partial<ManualNotificationItem> = {},
): ManualNotificationItem {
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

export function eventJob(item: EventItem = eventItem()): NotificationJob {
  return {
    version: 1,
    trigger: 'event',
    transaction_id: item.transaction_id,
    item_key: item.timestamp,
    event_id: item.event_id,
    enqueued_at: '2026-11-27T10:00:02.000Z',
  };
}

export function manualJob(requestId = 'req_1', eventId = 'evt_1'): NotificationJob {
  return {
    version: 1,
    trigger: 'manual',
    transaction_id: TRANSACTION_ID,
    item_key: manualNotificationSortKey(requestId),
    event_id: eventId,
    request_id: requestId,
    enqueued_at: '2026-11-27T12:00:00.000Z',
  };
}
