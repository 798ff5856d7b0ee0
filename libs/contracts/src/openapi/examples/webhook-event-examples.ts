import type { NotifyRequest } from '../../schemas/notify';
import type { PaymentEventType } from '../../schemas/payment-event-type';
import type { WebhookEvent } from '../../schemas/webhook-event';

// Examples are built by functions, not module constants, so bundlers drop them from Lambdas.

/**
 * One realistic event per event type, mostly for the same transaction so the catalogue reads as
 * its life story. The contract tests validate every one of them with the compiled validator.
 */
export function webhookEventExamples(): Record<PaymentEventType, WebhookEvent> {
  // Fields in the order the schema lists them, so examples read like the reference.
  const event = (
    event_id: string,
    event_type: PaymentEventType,
    occurred_at: string,
    changes: Partial<WebhookEvent> = {},
  ): WebhookEvent => ({
    event_id,
    event_type,
    provider: 'stripe',
    transaction_id: changes.transaction_id ?? 'txn_3MtwBwLkdIwHu7ix',
    amount: changes.amount ?? 4999,
    currency: changes.currency ?? 'USD',
    customer: { id: 'cus_NffrFeUfNV2Hib', email: 'jane.doe@example.com' },
    occurred_at,
    ...(changes.metadata ? { metadata: changes.metadata } : {}),
  });
  return {
    'payment.created': event(
      'evt_1MtwBwLkdIwHu7ixA1',
      'payment.created',
      '2026-03-02T10:15:30.123Z',
      {
        metadata: { order_id: 'ord_10042', channel: 'web' },
      },
    ),
    'payment.pending': event(
      'evt_1MtwBwLkdIwHu7ixB2',
      'payment.pending',
      '2026-03-02T10:15:31.480Z',
    ),
    'payment.succeeded': event(
      'evt_1MtwBwLkdIwHu7ixC3',
      'payment.succeeded',
      '2026-03-02T10:15:34.002Z',
      { metadata: { order_id: 'ord_10042' } },
    ),
    'payment.failed': event(
      'evt_1MtwC8LkdIwHu7iyD4',
      'payment.failed',
      '2026-03-02T11:02:10+01:00',
      {
        transaction_id: 'txn_3MtwC8LkdIwHu7iy',
        amount: 1250,
        currency: 'EUR',
        metadata: { decline_code: 'insufficient_funds' },
      },
    ),
    'payment.refunded': event(
      'evt_1MtwBwLkdIwHu7ixE5',
      'payment.refunded',
      '2026-03-05T08:40:00.000Z',
      { metadata: { refund_id: 're_3MtwBwLkdIwHu7ix', reason: 'requested_by_customer' } },
    ),
  };
}

/** The example shown as the request body of `POST /webhooks/payment`. */
export function webhookEventExample(): WebhookEvent {
  return webhookEventExamples()['payment.succeeded'];
}

export function notifyRequestExample(): NotifyRequest {
  return { request_id: 'resend-2026-03-02-0001', reason: 'Customer did not receive the receipt' };
}
