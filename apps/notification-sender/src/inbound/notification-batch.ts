import {
  notificationJobValidator,
  type NotificationJob,
  type ValidationResult,
} from '@payments/contracts/lambda';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { NotificationError, RecipientSubscriptionPendingError } from '../domain/errors';
import { sendNotification, type SendNotificationDeps } from '../domain/send-notification';
import { waitForConfirmation } from '../domain/wait-for-confirmation';
import type { JobQueue } from '../ports/job-queue';
import type { AppLogger, AppMetrics } from '../ports/observability';

export interface NotificationBatchDeps extends SendNotificationDeps {
  /** Where a job goes back to wait for its recipient to confirm the subscription. */
  readonly queue: JobQueue;
  readonly logger: AppLogger;
  readonly metrics: AppMetrics;
}

/**
 * The queue consumer. Records are processed one after another (the publish rate is capped
 * anyway) and only the failed ones are returned, so SQS redelivers just those; a record that
 * keeps failing reaches the redrive DLQ after maxReceiveCount.
 */
export async function handleNotificationBatch(
  event: SQSEvent,
  deps: NotificationBatchDeps,
): Promise<SQSBatchResponse> {
  const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    if (!(await processRecord(record, deps))) {
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
}

async function processRecord(record: SQSRecord, deps: NotificationBatchDeps): Promise<boolean> {
  const { logger, metrics } = deps;
  logger.appendKeys({
    message_id: record.messageId,
    receive_count: Number(record.attributes?.ApproximateReceiveCount ?? 0),
  });
  try {
    const job = await parseJobOrFail(record.body, deps);
    if (!job) return false;
    if (!job.ok) {
      // Poison: retrying cannot fix it. It is reported as failed like any other so it ends in
      // the redrive DLQ (with its body intact for inspection) instead of being dropped.
      metrics.addMetric('NotificationJobsInvalid', 'Count', 1);
      metrics.addMetric('NotificationsFailed', 'Count', 1);
      logger.error('Invalid notification job; it will reach the DLQ', {
        errors: job.errors,
        body_bytes: Buffer.byteLength(record.body ?? ''),
      });
      return false;
    }
    logger.appendKeys({
      transaction_id: job.value.transaction_id,
      event_id: job.value.event_id,
      trigger: job.value.trigger,
    });
    return await send(job.value, deps);
  } finally {
    logger.resetKeys();
  }
}

async function send(job: NotificationJob, deps: NotificationBatchDeps): Promise<boolean> {
  const { logger, metrics } = deps;
  try {
    const outcome = await sendNotification(job, deps);
    if (outcome.status === 'duplicate') {
      metrics.addMetric('NotificationsSkippedDuplicate', 'Count', 1);
      logger.info('Already notified; nothing sent');
      return true;
    }
    metrics.addMetric('NotificationsSent', 'Count', 1);
    logger.info('Notification sent', {
      notification_id: outcome.notificationId,
      sns_message_id: outcome.messageId,
    });
    if (outcome.leaseLost) {
      metrics.addMetric('NotificationLeasesLost', 'Count', 1);
      logger.warn('Lease expired before the send was recorded; a second email is possible');
    }
    return true;
  } catch (error) {
    if (error instanceof RecipientSubscriptionPendingError) return waitForRecipient(job, deps);
    metrics.addMetric('NotificationsFailed', 'Count', 1);
    if (error instanceof NotificationError) {
      logger.warn('Notification not sent; the job will be retried', {
        reason: error.reason,
        detail: error.message,
      });
    } else {
      logger.error('Notification failed; the job will be retried', { error });
    }
    return false;
  }
}

/**
 * The recipient has not confirmed yet: the job is put back with a delay and this record is done.
 * If it cannot be put back, or it has waited as long as a confirmation link lives, the record
 * fails (SQS redelivers it, and after maxReceiveCount it reaches the redrive DLQ).
 */
async function waitForRecipient(
  job: NotificationJob,
  deps: NotificationBatchDeps,
): Promise<boolean> {
  const { logger, metrics } = deps;
  metrics.addMetric('NotificationsRecipientPending', 'Count', 1);
  try {
    const waiting = await waitForConfirmation(job, deps.queue);
    if (waiting.status === 'requeued') {
      logger.info('Recipient has not confirmed the subscription; job re-queued with a delay', {
        attempt: waiting.attempt,
      });
      return true;
    }
    metrics.addMetric('NotificationsFailed', 'Count', 1);
    logger.warn('Recipient never confirmed the subscription; the job goes to the DLQ', {
      reason: 'SUBSCRIPTION_PENDING',
      attempt: waiting.attempt,
    });
  } catch (error) {
    metrics.addMetric('NotificationsFailed', 'Count', 1);
    logger.error('Could not re-queue a job waiting for its recipient; it will be retried', {
      error,
    });
  }
  return false;
}

/**
 * Listing a rejected job's errors loads code (see @payments/contracts/lambda); if that fails,
 * only this record fails and is retried, never the whole batch with its sent records.
 */
async function parseJobOrFail(
  body: string | undefined,
  deps: NotificationBatchDeps,
): Promise<ValidationResult<NotificationJob> | undefined> {
  try {
    return await parseJob(body);
  } catch (error) {
    deps.metrics.addMetric('NotificationsFailed', 'Count', 1);
    deps.logger.error('Could not validate the notification job; it will be retried', { error });
    return undefined;
  }
}

async function parseJob(body: string | undefined): Promise<ValidationResult<NotificationJob>> {
  let value: unknown;
  try {
    value = JSON.parse(body ?? '');
  } catch {
    return { ok: false, errors: [{ path: '', message: 'must be valid JSON' }] };
  }
  return notificationJobValidator.validate(value);
}
