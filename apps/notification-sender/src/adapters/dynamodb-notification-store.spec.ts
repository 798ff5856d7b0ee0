import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { eventItem, manualItem } from '../__fixtures__/items';
import { CLAIM_CONDITION, DynamoDbNotificationStore } from './dynamodb-notification-store';

const documentClient = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-2' }));
const dynamo = mockClient(documentClient);
const store = new DynamoDbNotificationStore(documentClient, 'payments');
const ref = { transactionId: 'tx_1001', itemKey: '2026-11-27T10:00:00.000Z#evt_1' };
const lease = {
  claimedAt: '2026-11-27T12:00:00.000Z',
  leaseExpiredBefore: '2026-11-27T11:59:00.000Z',
};

/** The error DynamoDB returns for a failed condition, with the old item in wire format. */
function conditionFailed(oldItem?: Record<string, unknown>) {
  return new ConditionalCheckFailedException({
    message: 'The conditional request failed',
    $metadata: {},
    ...(oldItem ? { Item: oldItem as never } : {}),
  });
}

describe('DynamoDbNotificationStore', () => {
  beforeEach(() => dynamo.reset());

  describe('findLatestEvent', () => {
    it('reads the newest event key below the manual prefix, consistently, one item', async () => {
      dynamo.on(QueryCommand).resolves({ Items: [eventItem()] });

      const latest = await store.findLatestEvent('tx_1001');

      expect(latest?.event_id).toBe('evt_1');
      expect(dynamo.commandCalls(QueryCommand)[0]?.args[0].input).toEqual({
        TableName: 'payments',
        KeyConditionExpression: 'transaction_id = :id AND #ts < :manualPrefix',
        ExpressionAttributeNames: { '#ts': 'timestamp' },
        ExpressionAttributeValues: { ':id': 'tx_1001', ':manualPrefix': 'notify#' },
        ScanIndexForward: false,
        Limit: 1,
        ConsistentRead: true,
      });
    });

    it('finds nothing in an empty partition', async () => {
      dynamo.on(QueryCommand).resolves({ Items: [] });

      await expect(store.findLatestEvent('tx_none')).resolves.toBeUndefined();
    });
  });

  describe('createManualRequest', () => {
    it('puts the request only if its key does not exist yet', async () => {
      dynamo.on(PutCommand).resolves({});

      const result = await store.createManualRequest(manualItem());

      expect(result).toEqual({ status: 'created' });
      expect(dynamo.commandCalls(PutCommand)[0]?.args[0].input).toMatchObject({
        TableName: 'payments',
        Item: manualItem(),
        ConditionExpression: 'attribute_not_exists(transaction_id)',
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      });
    });

    it.each([
      ['not yet notified', { request_id: { S: 'req_1' } }, false],
      ['already notified', { notified_at: { S: '2026-11-27T12:00:00.000Z' } }, true],
    ])('reports an existing request %s', async (_label, oldItem, notified) => {
      dynamo.on(PutCommand).rejects(conditionFailed(oldItem));

      const result = await store.createManualRequest(manualItem());

      expect(result).toEqual({ status: 'exists', notified });
    });

    it('propagates other failures', async () => {
      dynamo.on(PutCommand).rejects(new Error('throttled'));

      await expect(store.createManualRequest(manualItem())).rejects.toThrow('throttled');
    });
  });

  describe('claim', () => {
    it('sets the lease under the claim condition and returns the item', async () => {
      dynamo.on(UpdateCommand).resolves({ Attributes: eventItem() });

      const result = await store.claim(ref, lease);

      expect(result).toEqual({ outcome: 'claimed', item: eventItem() });
      const input = dynamo.commandCalls(UpdateCommand)[0]?.args[0].input;
      expect(input).toEqual({
        TableName: 'payments',
        Key: { transaction_id: 'tx_1001', timestamp: '2026-11-27T10:00:00.000Z#evt_1' },
        UpdateExpression: 'SET notify_claimed_at = :now',
        ConditionExpression:
          'attribute_exists(transaction_id) AND attribute_not_exists(notified_at) AND ' +
          '(attribute_not_exists(notify_claimed_at) OR notify_claimed_at < :leaseExpiry)',
        ExpressionAttributeValues: {
          ':now': '2026-11-27T12:00:00.000Z',
          ':leaseExpiry': '2026-11-27T11:59:00.000Z',
        },
        ReturnValues: 'ALL_NEW',
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      });
      expect(input?.ConditionExpression).toBe(CLAIM_CONDITION);
    });

    it.each([
      ['missing when there was no item', undefined, 'missing'],
      ['already_notified when it was notified', { notified_at: { S: 'x' } }, 'already_notified'],
      [
        'held_by_another when a live lease exists',
        { notify_claimed_at: { S: '2026-11-27T11:59:30.000Z' } },
        'held_by_another',
      ],
    ])('reports %s', async (_label, oldItem, outcome) => {
      dynamo.on(UpdateCommand).rejects(conditionFailed(oldItem));

      const result = await store.claim(ref, lease);

      expect(result).toEqual({ outcome });
    });

    it('propagates other failures', async () => {
      dynamo.on(UpdateCommand).rejects(new Error('network'));

      await expect(store.claim(ref, lease)).rejects.toThrow('network');
    });
  });

  describe('markSent', () => {
    const sent = {
      claimedAt: lease.claimedAt,
      notifiedAt: '2026-11-27T12:00:01.000Z',
      messageId: 'msg-1',
    };

    it('records the send and drops the lease, only while the lease is ours', async () => {
      dynamo.on(UpdateCommand).resolves({});

      const result = await store.markSent(ref, sent);

      expect(result).toBe('marked');
      expect(dynamo.commandCalls(UpdateCommand)[0]?.args[0].input).toEqual({
        TableName: 'payments',
        Key: { transaction_id: 'tx_1001', timestamp: '2026-11-27T10:00:00.000Z#evt_1' },
        UpdateExpression:
          'SET notified_at = :notifiedAt, notification_message_id = :messageId REMOVE notify_claimed_at',
        ConditionExpression: 'notify_claimed_at = :claimedAt',
        ExpressionAttributeValues: {
          ':notifiedAt': '2026-11-27T12:00:01.000Z',
          ':messageId': 'msg-1',
          ':claimedAt': '2026-11-27T12:00:00.000Z',
        },
      });
    });

    it('records which event a manual email described', async () => {
      dynamo.on(UpdateCommand).resolves({});

      await store.markSent(ref, { ...sent, describedEventId: 'evt_9' });

      const input = dynamo.commandCalls(UpdateCommand)[0]?.args[0].input;
      expect(input?.UpdateExpression).toContain('notified_event_id = :eventId');
      expect(input?.ExpressionAttributeValues?.[':eventId']).toBe('evt_9');
    });

    it('reports a lost lease', async () => {
      dynamo.on(UpdateCommand).rejects(conditionFailed());

      await expect(store.markSent(ref, sent)).resolves.toBe('lease_lost');
    });
  });

  describe('releaseClaim', () => {
    it('removes only our own lease and ignores one that is gone', async () => {
      dynamo.on(UpdateCommand).rejects(conditionFailed());

      await store.releaseClaim(ref, lease.claimedAt);

      expect(dynamo.commandCalls(UpdateCommand)[0]?.args[0].input).toMatchObject({
        UpdateExpression: 'REMOVE notify_claimed_at',
        ConditionExpression: 'notify_claimed_at = :claimedAt',
        ExpressionAttributeValues: { ':claimedAt': lease.claimedAt },
      });
    });
  });
});
