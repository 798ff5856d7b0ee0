// No TypeBox here: the Lambda entry imports it without building the job schema.
import type { NotificationJob } from './notification-job';

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
