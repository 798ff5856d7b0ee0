import type { WebhookEvent } from '@payments/contracts';

/** A valid event as a provider would send it; override any field per test. */
export function aWebhookEvent(overrides: Partial<WebhookEvent> = {}): WebhookEvent {
  return {
    event_id: 'evt_1Q2w3E4r5T6y',
    event_type: 'payment.succeeded',
    provider: 'stripe',
    transaction_id: 'txn_8f14e45fceea167a',
    amount: 1999,
    currency: 'USD',
    customer: { id: 'cus_42', email: 'ada@example.com' },
    occurred_at: '2026-11-27T10:15:30.123Z',
    metadata: { order_id: 'ord_1001' },
    ...overrides,
  };
}
