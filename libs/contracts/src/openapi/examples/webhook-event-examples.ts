import type { NotifyRequest } from '../../schemas/notify';
import type { PaymentEventType } from '../../schemas/payment-event-type';
import type { WebhookEvent } from '../../schemas/webhook-event';

// Examples are built by functions, not module constants, so bundlers drop them from Lambdas.

/**
 * One realistic event per event type, mostly for the same transaction so the catalogue reads as
 * its life story. The contract tests validate every one of them with the compiled validator.
 */
export function webhookEventExamples(): Record<PaymentEventType, WebhookEvent> {
  const base = {
    provider: 'stripe',
    transaction_id: 'txn_3MtwBwLkdIwHu7ix',
    amount: 4999,
    currency: 'USD',
    customer: { id: 'cus_NffrFeUfNV2Hib', email: 'jane.doe@example.com' },
  } as const;
  return {
    'payment.created': {
      ...base,
      event_id: 'evt_1MtwBwLkdIwHu7ixA1',
      event_type: 'payment.created',
      occurred_at: '2026-03-02T10:15:30.123Z',
      metadata: { order_id: 'ord_10042', channel: 'web' },
    },
    'payment.pending': {
      ...base,
      event_id: 'evt_1MtwBwLkdIwHu7ixB2',
      event_type: 'payment.pending',
      occurred_at: '2026-03-02T10:15:31.480Z',
    },
    'payment.succeeded': {
      ...base,
      event_id: 'evt_1MtwBwLkdIwHu7ixC3',
      event_type: 'payment.succeeded',
      occurred_at: '2026-03-02T10:15:34.002Z',
      metadata: { order_id: 'ord_10042' },
    },
    'payment.failed': {
      ...base,
      transaction_id: 'txn_3MtwC8LkdIwHu7iy',
      event_id: 'evt_1MtwC8LkdIwHu7iyD4',
      event_type: 'payment.failed',
      amount: 1250,
      currency: 'EUR',
      occurred_at: '2026-03-02T11:02:10+01:00',
      metadata: { decline_code: 'insufficient_funds' },
    },
    'payment.refunded': {
      ...base,
      event_id: 'evt_1MtwBwLkdIwHu7ixE5',
      event_type: 'payment.refunded',
      occurred_at: '2026-03-05T08:40:00.000Z',
      metadata: { refund_id: 're_3MtwBwLkdIwHu7ix', reason: 'requested_by_customer' },
    },
  };
}

/** The example shown as the request body of `POST /webhooks/payment`. */
export function webhookEventExample(): WebhookEvent {
  return webhookEventExamples()['payment.succeeded'];
}

export function notifyRequestExample(): NotifyRequest {
  return { request_id: 'resend-2026-03-02-0001', reason: 'Customer did not receive the receipt' };
}
