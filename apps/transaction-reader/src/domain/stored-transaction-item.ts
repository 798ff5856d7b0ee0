import type { EventItem, ManualNotificationItem } from '@payments/contracts/lambda';

/**
 * What the partition holds, as the reader sees it. Items of an unknown `item_type` may appear in
 * the future and are ignored.
 */
export type StoredManualNotificationItem = ManualNotificationItem;

export type StoredTransactionItem =
  | EventItem
  | StoredManualNotificationItem
  | { readonly item_type: string; readonly [attribute: string]: unknown };

export function isEventItem(item: StoredTransactionItem): item is EventItem {
  return item.item_type === 'event';
}

export function isManualNotificationItem(
  item: StoredTransactionItem,
): item is StoredManualNotificationItem {
  return item.item_type === 'manual_notification';
}
