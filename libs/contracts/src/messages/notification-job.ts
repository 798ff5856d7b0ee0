import { Type, type Static } from 'typebox';
import { EventIdSchema, REQUEST_ID_PATTERN, TransactionIdSchema } from '../schemas/identifiers';
import { NOTIFICATION_TRIGGERS } from '../schemas/transaction-view';

/**
 * Body of a message on the notification queue. The job names the item to notify about by its
 * key; the sender reads the item (the queue carries no customer data) and claims it with a
 * conditional update, so a job delivered twice sends one email.
 */
export const NotificationJobSchema = Type.Object(
  {
    version: Type.Enum([1], { type: 'integer' }),
    trigger: Type.Enum([...NOTIFICATION_TRIGGERS], { type: 'string' }),
    transaction_id: TransactionIdSchema,
    /** `timestamp` sort key of the event item (trigger `event`) or manual item (trigger `manual`). */
    item_key: Type.String({ minLength: 1, maxLength: 200 }),
    /** The event the email is about (for `manual`: the latest event when the request was made). */
    event_id: EventIdSchema,
    request_id: Type.Optional(Type.String({ pattern: REQUEST_ID_PATTERN, maxLength: 64 })),
    enqueued_at: Type.String({ format: 'date-time', maxLength: 35 }),
    /**
     * How many times the sender has put this job back on the queue to wait for the recipient to
     * confirm their email subscription (absent: never). It bounds that wait.
     */
    attempt: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
  },
  { additionalProperties: false },
);
export type NotificationJob = Static<typeof NotificationJobSchema>;

export {
  NOTIFICATION_JOB_ATTRIBUTES,
  toNotificationJobMessage,
  type NotificationJobMessage,
  type SqsStringAttribute,
} from './notification-job-message';
