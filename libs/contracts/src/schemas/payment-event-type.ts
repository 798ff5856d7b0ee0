import { Type } from 'typebox';
import { PAYMENT_EVENT_TYPES, PAYMENT_STATUSES } from '../model/payment-event-types';

export {
  PAYMENT_EVENT_TYPES,
  PAYMENT_STATUSES,
  statusOfEventType,
  type PaymentEventType,
  type PaymentStatus,
} from '../model/payment-event-types';

export const PaymentEventTypeSchema = Type.Enum([...PAYMENT_EVENT_TYPES], {
  type: 'string',
  description: 'What happened to the payment.',
});

export const PaymentStatusSchema = Type.Enum([...PAYMENT_STATUSES], {
  type: 'string',
  description: 'Status of the transaction as of its latest event (by event time).',
});
