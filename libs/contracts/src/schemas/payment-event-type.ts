import { Type, type Static } from 'typebox';

/** The closed set of event types a provider may send; anything else is a 400. */
export const PAYMENT_EVENT_TYPES = [
  'payment.created',
  'payment.pending',
  'payment.succeeded',
  'payment.failed',
  'payment.refunded',
] as const;

export const PaymentEventTypeSchema = Type.Enum([...PAYMENT_EVENT_TYPES], {
  type: 'string',
  description: 'What happened to the payment.',
});
export type PaymentEventType = Static<typeof PaymentEventTypeSchema>;

/** The status a transaction has after an event of each type. */
export const PAYMENT_STATUSES = ['created', 'pending', 'succeeded', 'failed', 'refunded'] as const;
export const PaymentStatusSchema = Type.Enum([...PAYMENT_STATUSES], {
  type: 'string',
  description: 'Status of the transaction as of its latest event (by event time).',
});
export type PaymentStatus = Static<typeof PaymentStatusSchema>;

export function statusOfEventType(eventType: PaymentEventType): PaymentStatus {
  return eventType.slice('payment.'.length) as PaymentStatus;
}
