import type { EventItem } from '@payments/contracts';

/** What the use case needs to know about an event item that was already stored under the key. */
export interface StoredEventSummary {
  readonly payload_sha256: string;
  readonly notified_at?: string;
}

export type InsertEventResult =
  | { readonly inserted: true }
  | { readonly inserted: false; readonly existing: StoredEventSummary };

export interface TransactionEventRepository {
  /**
   * Stores the item only if no item has its key yet, atomically (two concurrent calls with the
   * same key insert exactly one item). Never overwrites: when the key is taken, it reports what
   * is stored there instead.
   */
  insertIfAbsent(item: EventItem): Promise<InsertEventResult>;
}
