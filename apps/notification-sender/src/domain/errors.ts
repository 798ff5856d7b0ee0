import type { ItemRef } from '../ports/notification-store';

/**
 * Expected reasons a notification cannot be sent now. Each carries a stable `reason` for logs
 * and metrics; the SQS consumer reports the record as failed so SQS redelivers it, and after
 * maxReceiveCount it lands in the redrive DLQ.
 */
export abstract class NotificationError extends Error {
  abstract readonly reason: string;
}

export class TransactionNotFoundError extends NotificationError {
  override readonly name = 'TransactionNotFoundError';
  readonly reason = 'TRANSACTION_NOT_FOUND';

  constructor(readonly transactionId: string) {
    super(`Transaction ${transactionId} not found`);
  }
}

export class NotificationItemMissingError extends NotificationError {
  override readonly name = 'NotificationItemMissingError';
  readonly reason = 'ITEM_MISSING';

  constructor(readonly ref: ItemRef) {
    super(`No item ${ref.itemKey} in transaction ${ref.transactionId}`);
  }
}

export class NotificationClaimHeldError extends NotificationError {
  override readonly name = 'NotificationClaimHeldError';
  readonly reason = 'CLAIM_HELD';

  constructor(readonly ref: ItemRef) {
    super(`Another sender holds the notification lease of ${ref.itemKey}`);
  }
}

/** The job does not describe the item it points at (wrong trigger or event id). */
export class JobItemMismatchError extends NotificationError {
  override readonly name = 'JobItemMismatchError';
  readonly reason = 'JOB_ITEM_MISMATCH';
}

/**
 * The customer has not clicked the SNS confirmation link yet; publishing would not reach them.
 * The SQS consumer re-queues the job with a delay instead of failing the record (see
 * `waitForConfirmation`).
 */
export class RecipientSubscriptionPendingError extends NotificationError {
  override readonly name = 'RecipientSubscriptionPendingError';
  readonly reason = 'SUBSCRIPTION_PENDING';

  constructor() {
    super("The recipient's email subscription is pending confirmation");
  }
}

/** A subscription for the recipient exists without exactly their filter policy. */
export class RecipientSubscriptionMisconfiguredError extends NotificationError {
  override readonly name = 'RecipientSubscriptionMisconfiguredError';
  readonly reason = 'SUBSCRIPTION_MISCONFIGURED';
}
