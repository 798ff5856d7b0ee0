import {
  MANUAL_NOTIFICATION_KEY_PREFIX,
  type EventItem,
  type ManualNotificationItem,
  type TransactionItem,
} from '@payments/contracts';
import type {
  ClaimResult,
  ItemRef,
  ManualRequestResult,
  NotificationStore,
  SentRecord,
} from '../ports/notification-store';

/** A stored item as a plain attribute map, so the fake can set and remove attributes. */
type Row = Record<string, unknown>;

/** The table's conditional semantics in memory; counts every write it was asked to make. */
export class InMemoryNotificationStore implements NotificationStore {
  readonly items = new Map<string, Row>();
  writes = 0;
  failNext: Partial<Record<keyof NotificationStore, Error>> = {};

  constructor(items: TransactionItem[] = []) {
    for (const item of items)
      this.items.set(keyOf(item.transaction_id, item.timestamp), { ...item });
  }

  get(ref: ItemRef): Row | undefined {
    return this.items.get(keyOf(ref.transactionId, ref.itemKey));
  }

  async findLatestEvent(transactionId: string): Promise<EventItem | undefined> {
    this.maybeFail('findLatestEvent');
    const events = [...this.items.values()]
      .map((row) => row as unknown as TransactionItem)
      .filter((item) => item.transaction_id === transactionId)
      .filter((item) => item.timestamp < MANUAL_NOTIFICATION_KEY_PREFIX)
      .sort((a, b) => (a.timestamp < b.timestamp ? 1 : -1));
    const latest = events[0];
    return latest?.item_type === 'event' ? { ...latest } : undefined;
  }

  async createManualRequest(item: ManualNotificationItem): Promise<ManualRequestResult> {
    this.maybeFail('createManualRequest');
    this.writes += 1;
    const existing = this.items.get(keyOf(item.transaction_id, item.timestamp));
    if (existing) return { status: 'exists', notified: Boolean(existing['notified_at']) };
    this.items.set(keyOf(item.transaction_id, item.timestamp), { ...item });
    return { status: 'created' };
  }

  async claim(
    ref: ItemRef,
    lease: { claimedAt: string; leaseExpiredBefore: string },
  ): Promise<ClaimResult> {
    this.maybeFail('claim');
    this.writes += 1;
    const item = this.get(ref);
    if (!item) return { outcome: 'missing' };
    if (item['notified_at']) return { outcome: 'already_notified' };
    const held = item['notify_claimed_at'] as string | undefined;
    if (held && !(held < lease.leaseExpiredBefore)) return { outcome: 'held_by_another' };
    item['notify_claimed_at'] = lease.claimedAt;
    return { outcome: 'claimed', item: { ...item } as unknown as TransactionItem };
  }

  async markSent(ref: ItemRef, sent: SentRecord): Promise<'marked' | 'lease_lost'> {
    this.maybeFail('markSent');
    this.writes += 1;
    const item = this.get(ref);
    if (!item || item['notify_claimed_at'] !== sent.claimedAt) return 'lease_lost';
    item['notified_at'] = sent.notifiedAt;
    item['notification_message_id'] = sent.messageId;
    if (sent.describedEventId) item['notified_event_id'] = sent.describedEventId;
    delete item['notify_claimed_at'];
    return 'marked';
  }

  async releaseClaim(ref: ItemRef, claimedAt: string): Promise<void> {
    this.maybeFail('releaseClaim');
    this.writes += 1;
    const item = this.get(ref);
    if (item && item['notify_claimed_at'] === claimedAt) delete item['notify_claimed_at'];
  }

  private maybeFail(operation: keyof NotificationStore): void {
    const error = this.failNext[operation];
    if (!error) return;
    delete this.failNext[operation];
    throw error;
  }
}

function keyOf(transactionId: string, itemKey: string): string {
  return `${transactionId}\u0000${itemKey}`;
}
