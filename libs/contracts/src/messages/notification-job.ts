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

/** SQS message attribute names set on every job (for filtering, tracing and on-call triage). */
export const NOTIFICATION_JOB_ATTRIBUTES = {
  trigger: 'trigger',
  transactionId: 'transaction_id',
  eventId: 'event_id',
} as const;

/** A string-typed SQS message attribute value, as SendMessage takes it. */
export interface SqsStringAttribute {
  readonly DataType: 'String';
  readonly StringValue: string;
}

/**
 * The SendMessage input for a job, minus `QueueUrl` (the sender's deployment decides that).
 * Plain data, structurally a `SendMessageCommandInput`, because the contracts do not depend on
 * the AWS SDK.
 */
export interface NotificationJobMessage {
  readonly MessageBody: string;
  readonly MessageAttributes: Readonly<Record<string, SqsStringAttribute>>;
  readonly MessageSystemAttributes?: { readonly AWSTraceHeader: SqsStringAttribute };
}

/**
 * Every producer sends a job the same way: the JSON body, its ids as message attributes (so
 * on-call triages a message or DLQ entry without parsing bodies), and the X-Ray trace header
 * of the current invocation when there is one, so the consumer's trace continues the request's.
 */
export function toNotificationJobMessage(
  job: NotificationJob,
  traceHeader?: string,
): NotificationJobMessage {
  return {
    MessageBody: JSON.stringify(job),
    MessageAttributes: {
      [NOTIFICATION_JOB_ATTRIBUTES.trigger]: stringAttribute(job.trigger),
      [NOTIFICATION_JOB_ATTRIBUTES.transactionId]: stringAttribute(job.transaction_id),
      [NOTIFICATION_JOB_ATTRIBUTES.eventId]: stringAttribute(job.event_id),
    },
    ...(traceHeader
      ? { MessageSystemAttributes: { AWSTraceHeader: stringAttribute(traceHeader) } }
      : {}),
  };
}

function stringAttribute(value: string): SqsStringAttribute {
  return { DataType: 'String', StringValue: value };
}
