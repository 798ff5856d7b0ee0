import {
  GetCommand,
  PutCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { createDynamoDbDocumentClient } from '@payments/aws-clients';
import { eventIdGuardFor, type EventItem } from '@payments/contracts';
import { createTransactionsTable, motoClientOptions } from '@payments/moto-harness';
import { toEventItem } from '../domain/to-event-item';
import { partitionItems } from '../test-support/partition-items';
import { aWebhookEvent } from '../test-support/webhook-event-fixture';
import { DynamoDbTransactionEventRepository } from './dynamodb-transaction-event-repository';

const receivedAt = new Date('2026-11-27T10:16:00.000Z');
let sequence = 0;

/** Each test works in its own transaction partition. */
function anItem(overrides: Parameters<typeof aWebhookEvent>[0] = {}): EventItem {
  sequence += 1;
  return toEventItem(
    aWebhookEvent({ transaction_id: `txn_repo_${sequence}`, ...overrides }),
    receivedAt,
  );
}

describe('DynamoDbTransactionEventRepository against moto', () => {
  let client: DynamoDBDocumentClient;
  let tableName: string;
  let repository: DynamoDbTransactionEventRepository;

  beforeAll(async () => {
    client = createDynamoDbDocumentClient(motoClientOptions());
    tableName = await createTransactionsTable(client);
    repository = new DynamoDbTransactionEventRepository(client, tableName);
  });

  afterAll(() => client.destroy());

  const partition = (transactionId: string) => partitionItems(client, tableName, transactionId);

  it('stores a new item as given', async () => {
    // Prepare
    const item = anItem();

    // Act
    const result = await repository.insertIfAbsent(item);

    // Assess
    expect(result).toEqual({ inserted: true });
    expect(await partition(item.transaction_id)).toEqual([item]);
  });

  it('binds an event id to the first payload across event times: one guard wins a race', async () => {
    // Prepare
    const item = anItem({ event_id: `evt_guard_${sequence}` });
    const retimed = {
      ...item,
      timestamp: `2020-01-01T00:00:00.000Z#${item.event_id}`,
      payload_sha256: 'f'.repeat(64),
    };

    // Act
    const results = await Promise.all([
      ...Array.from({ length: 10 }, () => repository.reserveEventId(eventIdGuardFor(item))),
      ...Array.from({ length: 10 }, () => repository.reserveEventId(eventIdGuardFor(retimed))),
    ]);

    // Assess
    expect(results.filter((r) => r.reserved)).toHaveLength(1);
    const hashes = new Set(results.map((r) => (r.reserved ? null : r.existing.payload_sha256)));
    hashes.delete(null);
    expect(hashes.size).toBe(1);
    const guards = await partition(eventIdGuardFor(item).transaction_id);
    expect(guards).toHaveLength(1);
  });

  it('leaves exactly one item when 25 identical writes race', async () => {
    // Prepare
    const item = anItem();

    // Act
    const results = await Promise.all(
      Array.from({ length: 25 }, () => repository.insertIfAbsent({ ...item })),
    );

    // Assess
    expect(results.filter((r) => r.inserted)).toHaveLength(1);
    for (const result of results.filter((r) => !r.inserted)) {
      expect(result).toEqual({
        inserted: false,
        existing: { payload_sha256: item.payload_sha256 },
      });
    }
    expect(await partition(item.transaction_id)).toHaveLength(1);
  });

  it('reports a different payload under the same key and leaves the stored item unchanged', async () => {
    // Prepare
    const original = anItem();
    await repository.insertIfAbsent(original);
    const conflicting = toEventItem(
      aWebhookEvent({ transaction_id: original.transaction_id, amount: 1 }),
      new Date('2026-11-28T00:00:00.000Z'),
    );
    expect(conflicting.timestamp).toBe(original.timestamp);

    // Act
    const result = await repository.insertIfAbsent(conflicting);

    // Assess
    expect(result).toEqual({
      inserted: false,
      existing: { payload_sha256: original.payload_sha256 },
    });
    expect(await partition(original.transaction_id)).toEqual([original]);
  });

  it('reports that the stored item is already notified', async () => {
    // Prepare
    const item = anItem();
    await repository.insertIfAbsent(item);
    await client.send(
      new UpdateCommand({
        TableName: tableName,
        Key: { transaction_id: item.transaction_id, timestamp: item.timestamp },
        UpdateExpression: 'SET notified_at = :at',
        ExpressionAttributeValues: { ':at': '2026-11-27T10:16:05.000Z' },
      }),
    );

    // Act
    const result = await repository.insertIfAbsent(item);

    // Assess
    expect(result).toEqual({
      inserted: false,
      existing: { payload_sha256: item.payload_sha256, notified_at: '2026-11-27T10:16:05.000Z' },
    });
  });

  it('gets the stored item back from the failed condition itself (no extra read)', async () => {
    // Prepare: the emulator must honour ReturnValuesOnConditionCheckFailure like DynamoDB does.
    const item = anItem();
    await repository.insertIfAbsent(item);

    // Act
    const failure: unknown = await client
      .send(
        new PutCommand({
          TableName: tableName,
          Item: { ...item, amount: 2 },
          ConditionExpression: 'attribute_not_exists(transaction_id)',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      )
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toMatchObject({ name: 'ConditionalCheckFailedException' });
    expect(failure).toMatchObject({ Item: { payload_sha256: { S: item.payload_sha256 } } });
    const { Item } = await client.send(
      new GetCommand({
        TableName: tableName,
        Key: { transaction_id: item.transaction_id, timestamp: item.timestamp },
        ConsistentRead: true,
      }),
    );
    expect(Item?.['amount']).toBe(item.amount);
  });
});
