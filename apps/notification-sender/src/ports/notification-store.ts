import type {
  EventItem,
  ManualNotificationItem,
  TransactionItem,
} from '@payments/contracts/lambda';

/** Key of a notifiable item: an event item or a manual notification request. */
export interface ItemRef {
  readonly transactionId: string;
  readonly itemKey: string;
}

export type ManualRequestResult =
  | { readonly status: 'created' }
  | { readonly status: 'exists'; readonly notified: boolean };

export type ClaimResult =
  | { readonly outcome: 'claimed'; readonly item: TransactionItem }
  | { readonly outcome: 'already_notified' }
  /** Another sender holds a lease that has not expired yet. */
  | { readonly outcome: 'held_by_another' }
  | { readonly outcome: 'missing' };

export interface SentRecord {
  readonly claimedAt: string;
  readonly notifiedAt: string;
  readonly messageId: string;
  /** For a manual request: the event its email described. */
  readonly describedEventId?: string;
}

/** The notification sender's view of the transactions table. */
export interface NotificationStore {
  /** The event with the latest event time, read consistently; undefined when there is none. */
  findLatestEvent(transactionId: string): Promise<EventItem | undefined>;
  /** Creates the request unless one with the same key exists (then reports its state). */
  createManualRequest(item: ManualNotificationItem): Promise<ManualRequestResult>;
  /** Takes the item's notification lease unless it is notified or leased by a live sender. */
  claim(
    ref: ItemRef,
    lease: { readonly claimedAt: string; readonly leaseExpiredBefore: string },
  ): Promise<ClaimResult>;
  /** Records the email as sent, if this sender still holds the lease it took at `claimedAt`. */
  markSent(ref: ItemRef, sent: SentRecord): Promise<'marked' | 'lease_lost'>;
  /** Gives the lease back early (no-op when it is no longer ours). */
  releaseClaim(ref: ItemRef, claimedAt: string): Promise<void>;
}
