import { Type, type Static } from 'typebox';
import { CurrencySchema, MinorUnitAmountSchema } from './currency';
import { EventIdSchema, InstantSchema, ProviderSchema, TransactionIdSchema } from './identifiers';
import { PaymentEventTypeSchema, PaymentStatusSchema } from './payment-event-type';
import { CustomerSchema } from './webhook-event';

export const TransactionEventViewSchema = Type.Object(
  {
    event_id: EventIdSchema,
    event_type: PaymentEventTypeSchema,
    status: PaymentStatusSchema,
    amount: MinorUnitAmountSchema,
    currency: CurrencySchema,
    occurred_at: InstantSchema,
    received_at: InstantSchema,
  },
  { additionalProperties: false },
);
export type TransactionEventView = Static<typeof TransactionEventViewSchema>;

export const NOTIFICATION_TRIGGERS = ['event', 'manual'] as const;

export const SentNotificationSchema = Type.Object(
  {
    notification_id: Type.String({ maxLength: 200 }),
    trigger: Type.Enum([...NOTIFICATION_TRIGGERS], {
      type: 'string',
      description:
        '`event`: sent because an event was accepted. `manual`: sent by `POST /transactions/{id}/notify`.',
    }),
    event_id: EventIdSchema,
    sent_at: InstantSchema,
  },
  { additionalProperties: false },
);
export type SentNotification = Static<typeof SentNotificationSchema>;

export const NOTIFICATION_STATES = ['pending', 'sent'] as const;

export const NotificationSummarySchema = Type.Object(
  {
    state: Type.Enum([...NOTIFICATION_STATES], {
      type: 'string',
      description:
        '`sent`: every accepted event of this transaction has been emailed. `pending`: at least one is still queued (or being retried).',
    }),
    sent: Type.Array(SentNotificationSchema, { description: 'Emails sent, oldest first.' }),
  },
  { additionalProperties: false },
);
export type NotificationSummary = Static<typeof NotificationSummarySchema>;

export const TransactionViewSchema = Type.Object(
  {
    transaction_id: TransactionIdSchema,
    provider: ProviderSchema,
    status: PaymentStatusSchema,
    amount: MinorUnitAmountSchema,
    currency: CurrencySchema,
    customer: CustomerSchema,
    created_at: Type.String({ ...InstantSchema, description: 'Event time of the earliest event.' }),
    updated_at: Type.String({ ...InstantSchema, description: 'Event time of the latest event.' }),
    events: Type.Array(TransactionEventViewSchema, {
      description: 'Every accepted event, sorted by `occurred_at` (then `event_id`).',
    }),
    notifications: NotificationSummarySchema,
  },
  {
    additionalProperties: false,
    description:
      'Current state of a transaction: status and amount come from the event with the latest `occurred_at`, whatever order events arrived in.',
  },
);
export type TransactionView = Static<typeof TransactionViewSchema>;
