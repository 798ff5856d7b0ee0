import { Type, type Static } from 'typebox';
import { REQUEST_ID_PATTERN, TransactionIdSchema } from './identifiers';

export const NotifyRequestSchema = Type.Object(
  {
    request_id: Type.String({
      pattern: REQUEST_ID_PATTERN,
      minLength: 1,
      maxLength: 64,
      description:
        'Caller-chosen idempotency key. Repeating a request with the same `request_id` queues nothing new; use a new one to send another email.',
    }),
    reason: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 200,
        description: 'Why the notification is re-sent (kept for audit, not emailed).',
      }),
    ),
  },
  { additionalProperties: false },
);
export type NotifyRequest = Static<typeof NotifyRequestSchema>;

export const NotifyAckSchema = Type.Object(
  {
    status: Type.Enum(['queued'], { type: 'string' }),
    transaction_id: TransactionIdSchema,
    notification_id: Type.String({
      maxLength: 100,
      description: 'Identifier of the queued notification (derived from `request_id`).',
    }),
  },
  { additionalProperties: false },
);
export type NotifyAck = Static<typeof NotifyAckSchema>;
