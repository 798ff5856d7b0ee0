import { eventSortKey, type EventItem, type WebhookEvent } from '@payments/contracts/lambda';
import { InvalidEventError } from './errors/invalid-event-error';
import { payloadSha256 } from './payload-sha256';

/**
 * Maps a validated webhook event to its storage item. The sort key comes from the event itself
 * (event time, then event id), never from arrival time, so every redelivery targets the same key.
 * Customer fields are flattened and metadata is only stored when present, keeping a typical item
 * well under 1 KB (one write request unit).
 */
export function toEventItem(event: WebhookEvent, receivedAt: Date): EventItem {
  return {
    transaction_id: event.transaction_id,
    timestamp: sortKeyOf(event),
    item_type: 'event',
    event_id: event.event_id,
    event_type: event.event_type,
    provider: event.provider,
    amount: event.amount,
    currency: event.currency,
    customer_id: event.customer.id,
    customer_email: event.customer.email,
    occurred_at: event.occurred_at,
    received_at: receivedAt.toISOString(),
    payload_sha256: payloadSha256(event),
    ...(event.metadata && Object.keys(event.metadata).length > 0
      ? { metadata: event.metadata }
      : {}),
  };
}

function sortKeyOf(event: WebhookEvent): string {
  try {
    return eventSortKey(event.occurred_at, event.event_id);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new InvalidEventError([
      {
        path: '/occurred_at',
        message: 'must be a representable RFC 3339 instant',
      },
    ]);
  }
}
