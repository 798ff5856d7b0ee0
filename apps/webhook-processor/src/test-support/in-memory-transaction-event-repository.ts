import type { EventIdGuardItem, EventItem } from '@payments/contracts';
import type {
  InsertEventResult,
  ReserveEventIdResult,
  TransactionEventRepository,
} from '../ports/transaction-event-repository';

/**
 * Behaves like the conditional put: the check and the insert happen in one synchronous step,
 * after a yield that lets concurrent callers interleave the way concurrent requests do.
 */
export class InMemoryTransactionEventRepository implements TransactionEventRepository {
  readonly items = new Map<string, EventItem>();
  readonly guards = new Map<string, EventIdGuardItem>();
  insertCalls = 0;
  private pendingFailures: Error[] = [];

  async reserveEventId(guard: EventIdGuardItem): Promise<ReserveEventIdResult> {
    await Promise.resolve();
    const existing = this.guards.get(guard.transaction_id);
    if (existing) return { reserved: false, existing: { payload_sha256: existing.payload_sha256 } };
    this.guards.set(guard.transaction_id, guard);
    return { reserved: true };
  }

  async insertIfAbsent(item: EventItem): Promise<InsertEventResult> {
    this.insertCalls += 1;
    await Promise.resolve();
    const failure = this.pendingFailures.shift();
    if (failure) throw failure;
    const key = keyOf(item.transaction_id, item.timestamp);
    const existing = this.items.get(key);
    if (existing) {
      return {
        inserted: false,
        existing: {
          payload_sha256: existing.payload_sha256,
          ...(existing.notified_at ? { notified_at: existing.notified_at } : {}),
        },
      };
    }
    this.items.set(key, item);
    return { inserted: true };
  }

  failNextInsert(error: Error = new Error('DynamoDB unavailable')): void {
    this.pendingFailures.push(error);
  }

  /** What the notification sender does once the email is published. */
  markNotified(transactionId: string, timestamp: string, at: string): void {
    const key = keyOf(transactionId, timestamp);
    const item = this.items.get(key);
    if (!item) throw new Error(`no item ${key}`);
    this.items.set(key, { ...item, notified_at: at });
  }

  all(): EventItem[] {
    return [...this.items.values()];
  }
}

function keyOf(transactionId: string, timestamp: string): string {
  return `${transactionId}\u0000${timestamp}`;
}
