import type { EventIdGuardItem, EventItem } from '@payments/contracts/lambda';

/** What the use case needs to know about an event item that was already stored under the key. */
export interface StoredEventSummary {
  readonly payload_sha256: string;
  readonly notified_at?: string;
}

export type InsertEventResult =
  | { readonly inserted: true }
  | { readonly inserted: false; readonly existing: StoredEventSummary };

/** What is stored in an event id's guard: which payload that id was first accepted with. */
export interface StoredEventIdGuard {
  readonly payload_sha256: string;
}

export type ReserveEventIdResult =
  | { readonly reserved: true }
  | { readonly reserved: false; readonly existing: StoredEventIdGuard };

export interface TransactionEventRepository {
  /**
   * Stores the event id's guard only if the id has none yet (atomically, like `insertIfAbsent`),
   * so an event id is bound to one payload across every event time and transaction.
   */
  reserveEventId(guard: EventIdGuardItem): Promise<ReserveEventIdResult>;

  /**
   * Stores the item only if no item has its key yet, atomically (two concurrent calls with the
   * same key insert exactly one item). Never overwrites: when the key is taken, it reports what
   * is stored there instead.
   */
  insertIfAbsent(item: EventItem): Promise<InsertEventResult>;
}
