import { Type, type Static } from 'typebox';
import { CurrencySchema, MinorUnitAmountSchema } from './currency';
import {
  CUSTOMER_ID_PATTERN,
  EventIdSchema,
  InstantSchema,
  ProviderSchema,
  TransactionIdSchema,
} from './identifiers';
import { PaymentEventTypeSchema } from './payment-event-type';
import { MAX_METADATA_ENTRIES } from '../model/webhook-limits';

export { MAX_METADATA_ENTRIES, MAX_WEBHOOK_BODY_BYTES } from '../model/webhook-limits';

export const CustomerSchema = Type.Object(
  {
    id: Type.String({
      pattern: CUSTOMER_ID_PATTERN,
      minLength: 1,
      maxLength: 64,
      description: 'Provider-side customer identifier.',
    }),
    email: Type.String({
      format: 'email',
      minLength: 3,
      maxLength: 254,
      description: 'Where this customer’s notifications are sent. Only this address receives them.',
    }),
  },
  { additionalProperties: false, description: 'The customer the payment belongs to.' },
);
export type Customer = Static<typeof CustomerSchema>;

export const MetadataSchema = Type.Record(
  Type.String({ pattern: '^[A-Za-z0-9_.-]{1,40}$' }),
  Type.String({ maxLength: 200 }),
  {
    additionalProperties: false,
    maxProperties: MAX_METADATA_ENTRIES,
    description:
      'Free-form string pairs stored with the event (at most 10 keys of 1-40 characters `[A-Za-z0-9_.-]`, values up to 200 characters). Never put card data here: metadata is kept for audit and never emailed.',
  },
);

export const WebhookEventSchema = Type.Object(
  {
    event_id: EventIdSchema,
    event_type: PaymentEventTypeSchema,
    provider: ProviderSchema,
    transaction_id: TransactionIdSchema,
    amount: MinorUnitAmountSchema,
    currency: CurrencySchema,
    customer: CustomerSchema,
    occurred_at: Type.String({
      ...InstantSchema,
      description:
        'When the provider says the event happened (RFC 3339). Ordering of a transaction’s events follows this time, not arrival order.',
    }),
    metadata: Type.Optional(MetadataSchema),
  },
  {
    additionalProperties: false,
    description:
      'A payment event delivered by a provider. Unknown fields are rejected with a 400 that names them: a silently dropped field hides integration bugs, and the 400 arrives on the first test delivery rather than in production.',
  },
);
export type WebhookEvent = Static<typeof WebhookEventSchema>;
