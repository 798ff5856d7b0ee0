import { randomUUID } from 'node:crypto';
import type { CurrencyCode, PaymentEventType, WebhookEvent } from '@payments/contracts';

export interface SampleEventOptions {
  readonly transactionId?: string;
  readonly eventId?: string;
  readonly provider?: string;
  readonly customerId?: string;
  readonly email?: string;
  /** Minor units (1999 = 19.99 USD). */
  readonly amount?: number;
  readonly currency?: CurrencyCode;
  readonly occurredAt?: Date | string;
  readonly metadata?: Record<string, string>;
}

/** Metadata a real provider would attach to each type; kept small and free of card data. */
const TYPICAL_METADATA: Record<PaymentEventType, Record<string, string> | undefined> = {
  'payment.created': { order_id: 'order-1001' },
  'payment.pending': { order_id: 'order-1001', pending_reason: 'bank_review' },
  'payment.succeeded': { order_id: 'order-1001' },
  'payment.failed': { order_id: 'order-1001', failure_code: 'card_declined' },
  'payment.refunded': { order_id: 'order-1001', refund_reason: 'requested_by_customer' },
};

/**
 * A valid webhook event of the given type (valid by `webhookEventValidator`), with fresh ids
 * unless given, so that every call is a new event unless the caller means a redelivery.
 */
export function sampleWebhookEvent(
  type: PaymentEventType = 'payment.succeeded',
  options: SampleEventOptions = {},
): WebhookEvent {
  const occurredAt = options.occurredAt ?? new Date();
  const metadata = options.metadata ?? TYPICAL_METADATA[type];
  return {
    event_id: options.eventId ?? newId('evt'),
    event_type: type,
    provider: options.provider ?? 'sample-provider',
    transaction_id: options.transactionId ?? newId('txn'),
    amount: options.amount ?? 1999,
    currency: options.currency ?? 'USD',
    customer: {
      id: options.customerId ?? 'cus_sample',
      email: options.email ?? 'customer@example.com',
    },
    occurred_at: typeof occurredAt === 'string' ? occurredAt : occurredAt.toISOString(),
    ...(metadata ? { metadata } : {}),
  };
}

/** `prefix_` + 24 hex characters: inside every identifier pattern of the contracts. */
export function newId(prefix: string): string {
  return `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 24)}`;
}
