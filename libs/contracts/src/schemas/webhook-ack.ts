import { Type, type Static } from 'typebox';
import { EventIdSchema, TransactionIdSchema } from './identifiers';

export const WEBHOOK_ACK_STATUSES = ['accepted', 'duplicate'] as const;

export const WebhookAckSchema = Type.Object(
  {
    status: Type.Enum([...WEBHOOK_ACK_STATUSES], {
      type: 'string',
      description:
        '`accepted`: stored and queued for notification (202). `duplicate`: this event id was already accepted with the same payload; nothing changed (200).',
    }),
    event_id: EventIdSchema,
    transaction_id: TransactionIdSchema,
  },
  { additionalProperties: false },
);
export type WebhookAck = Static<typeof WebhookAckSchema>;
