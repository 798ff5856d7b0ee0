// Plain data (no TypeBox): the Lambda entry imports it without building any schema.

/** The closed set of event types a provider may send; anything else is a 400. */
export const PAYMENT_EVENT_TYPES = [
  'payment.created',
  'payment.pending',
  'payment.succeeded',
  'payment.failed',
  'payment.refunded',
] as const;
export type PaymentEventType = (typeof PAYMENT_EVENT_TYPES)[number];

/** The status a transaction has after an event of each type. */
export const PAYMENT_STATUSES = ['created', 'pending', 'succeeded', 'failed', 'refunded'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export function statusOfEventType(eventType: PaymentEventType): PaymentStatus {
  return eventType.slice('payment.'.length) as PaymentStatus;
}
