import type { EventItem, NotificationJob } from '@payments/contracts/lambda';

/** The job names the stored item by its key; the queue carries no customer data. */
export function toNotificationJob(item: EventItem, enqueuedAt: Date): NotificationJob {
  return {
    version: 1,
    trigger: 'event',
    transaction_id: item.transaction_id,
    item_key: item.timestamp,
    event_id: item.event_id,
    enqueued_at: enqueuedAt.toISOString(),
  };
}
