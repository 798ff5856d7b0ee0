import {
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import {
  MANUAL_NOTIFICATION_KEY_PREFIX,
  type EventItem,
  type ManualNotificationItem,
  type TransactionItem,
} from '@payments/contracts/lambda';
import type {
  ClaimResult,
  ItemRef,
  ManualRequestResult,
  NotificationStore,
  SentRecord,
} from '../ports/notification-store';
import { conditionFailureItem, NOT_A_CONDITION_FAILURE } from './condition-failure';

/**
 * The claim: only an existing item that is not notified yet, and not leased by a sender whose
 * lease is still live. ISO-8601 UTC instants compare correctly as strings.
 */
export const CLAIM_CONDITION =
  'attribute_exists(transaction_id) AND attribute_not_exists(notified_at) AND ' +
  '(attribute_not_exists(notify_claimed_at) OR notify_claimed_at < :leaseExpiry)';

/** The attribute naming the event a manual notification's email described. */
export const NOTIFIED_EVENT_ID_ATTRIBUTE = 'notified_event_id';

export class DynamoDbNotificationStore implements NotificationStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async findLatestEvent(transactionId: string): Promise<EventItem | undefined> {
    // Event keys start with the event time; manual requests (`notify#…`) sort after all of
    // them, so "below the prefix, descending, first" is the latest event by event time.
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'transaction_id = :id AND #ts < :manualPrefix',
        ExpressionAttributeNames: { '#ts': 'timestamp' },
        ExpressionAttributeValues: {
          ':id': transactionId,
          ':manualPrefix': MANUAL_NOTIFICATION_KEY_PREFIX,
        },
        ScanIndexForward: false,
        Limit: 1,
        ConsistentRead: true,
      }),
    );
    const item = result.Items?.[0] as TransactionItem | undefined;
    return item?.item_type === 'event' ? item : undefined;
  }

  async createManualRequest(item: ManualNotificationItem): Promise<ManualRequestResult> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: item,
          ConditionExpression: 'attribute_not_exists(transaction_id)',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return { status: 'created' };
    } catch (error) {
      const existing = conditionFailureItem(error);
      if (existing === NOT_A_CONDITION_FAILURE) throw error;
      return { status: 'exists', notified: Boolean(existing?.['notified_at']) };
    }
  }

  async claim(
    ref: ItemRef,
    lease: { readonly claimedAt: string; readonly leaseExpiredBefore: string },
  ): Promise<ClaimResult> {
    try {
      const result = await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: key(ref),
          UpdateExpression: 'SET notify_claimed_at = :now',
          ConditionExpression: CLAIM_CONDITION,
          ExpressionAttributeValues: {
            ':now': lease.claimedAt,
            ':leaseExpiry': lease.leaseExpiredBefore,
          },
          ReturnValues: 'ALL_NEW',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return { outcome: 'claimed', item: result.Attributes as TransactionItem };
    } catch (error) {
      const old = conditionFailureItem(error);
      if (old === NOT_A_CONDITION_FAILURE) throw error;
      if (!old) return { outcome: 'missing' };
      if (old['notified_at']) return { outcome: 'already_notified' };
      return { outcome: 'held_by_another' };
    }
  }

  async markSent(ref: ItemRef, sent: SentRecord): Promise<'marked' | 'lease_lost'> {
    const describes = sent.describedEventId !== undefined;
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: key(ref),
          UpdateExpression:
            'SET notified_at = :notifiedAt, notification_message_id = :messageId' +
            (describes ? `, ${NOTIFIED_EVENT_ID_ATTRIBUTE} = :eventId` : '') +
            ' REMOVE notify_claimed_at',
          ConditionExpression: 'notify_claimed_at = :claimedAt',
          ExpressionAttributeValues: {
            ':notifiedAt': sent.notifiedAt,
            ':messageId': sent.messageId,
            ':claimedAt': sent.claimedAt,
            ...(describes ? { ':eventId': sent.describedEventId } : {}),
          },
        }),
      );
      return 'marked';
    } catch (error) {
      if (conditionFailureItem(error) === NOT_A_CONDITION_FAILURE) throw error;
      return 'lease_lost';
    }
  }

  async releaseClaim(ref: ItemRef, claimedAt: string): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: key(ref),
          UpdateExpression: 'REMOVE notify_claimed_at',
          ConditionExpression: 'notify_claimed_at = :claimedAt',
          ExpressionAttributeValues: { ':claimedAt': claimedAt },
        }),
      );
    } catch (error) {
      // The lease is no longer ours (taken over, or the item changed): nothing to give back.
      if (conditionFailureItem(error) === NOT_A_CONDITION_FAILURE) throw error;
    }
  }
}

function key(ref: ItemRef): Record<string, string> {
  return { transaction_id: ref.transactionId, timestamp: ref.itemKey };
}
