import type { EventItem } from '@payments/contracts';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { eventItem } from '../__fixtures__/items';
import { DynamoDbTransactionItemRepository } from './dynamodb-transaction-item-repository';

const documentClient = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-2' }));
const dynamo = mockClient(documentClient);

describe('DynamoDbTransactionItemRepository', () => {
  beforeEach(() => dynamo.reset());

  it('queries the partition key with a consistent read', async () => {
    dynamo.on(QueryCommand).resolves({ Items: [eventItem()] });
    const repository = new DynamoDbTransactionItemRepository(documentClient, 'payments');

    const items = await repository.findByTransactionId('tx_1001');

    expect(items).toHaveLength(1);
    const input = dynamo.commandCalls(QueryCommand)[0]?.args[0].input;
    expect(input).toMatchObject({
      TableName: 'payments',
      KeyConditionExpression: 'transaction_id = :id',
      ExpressionAttributeValues: { ':id': 'tx_1001' },
      ConsistentRead: true,
    });
    expect(input?.ScanIndexForward).not.toBe(false);
    expect(dynamo.commandCalls(ScanCommand)).toHaveLength(0);
  });

  it('follows LastEvaluatedKey until the partition is exhausted', async () => {
    const page2Key = { transaction_id: 'tx_1001', timestamp: 'k1' };
    dynamo
      .on(QueryCommand)
      .resolvesOnce({ Items: [eventItem({ event_id: 'evt_1' })], LastEvaluatedKey: page2Key })
      .resolvesOnce({ Items: [eventItem({ event_id: 'evt_2' })] });
    const repository = new DynamoDbTransactionItemRepository(documentClient, 'payments');

    const items = await repository.findByTransactionId('tx_1001');

    expect(items.map((item) => (item as EventItem).event_id)).toEqual(['evt_1', 'evt_2']);
    const calls = dynamo.commandCalls(QueryCommand);
    expect(calls).toHaveLength(2);
    expect(calls[1]?.args[0].input.ExclusiveStartKey).toEqual(page2Key);
  });

  it('returns an empty list for an unknown partition', async () => {
    dynamo.on(QueryCommand).resolves({});
    const repository = new DynamoDbTransactionItemRepository(documentClient, 'payments');

    const items = await repository.findByTransactionId('tx_none');

    expect(items).toEqual([]);
  });
});
