import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { eventIdGuardFor } from '@payments/contracts';
import { toEventItem } from '../domain/to-event-item';
import { aWebhookEvent } from '../test-support/webhook-event-fixture';
import { DynamoDbTransactionEventRepository } from './dynamodb-transaction-event-repository';

const item = toEventItem(aWebhookEvent(), new Date('2026-11-27T10:16:00.000Z'));

function setup() {
  const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-2' }));
  const mock = mockClient(client);
  const repository = new DynamoDbTransactionEventRepository(client, 'payment_transactions');
  return { mock, repository };
}

function conditionFailed(storedItem?: ConditionalCheckFailedException['Item']) {
  return new ConditionalCheckFailedException({
    message: 'The conditional request failed',
    $metadata: {},
    ...(storedItem ? { Item: storedItem } : {}),
  });
}

describe('DynamoDbTransactionEventRepository', () => {
  it('puts the item only if its key is free, asking for the stored item on failure', async () => {
    // Prepare
    const { mock, repository } = setup();
    mock.on(PutCommand).resolves({});

    // Act
    const result = await repository.insertIfAbsent(item);

    // Assess
    expect(result).toEqual({ inserted: true });
    const calls = mock.commandCalls(PutCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.args[0].input).toEqual({
      TableName: 'payment_transactions',
      Item: item,
      ConditionExpression: 'attribute_not_exists(transaction_id)',
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    });
  });

  it('reserves the event id guard with the same conditional put', async () => {
    // Prepare
    const { mock, repository } = setup();
    mock.on(PutCommand).resolves({});
    const guard = eventIdGuardFor(item);

    // Act
    const result = await repository.reserveEventId(guard);

    // Assess
    expect(result).toEqual({ reserved: true });
    expect(mock.commandCalls(PutCommand)[0]?.args[0].input).toEqual({
      TableName: 'payment_transactions',
      Item: guard,
      ConditionExpression: 'attribute_not_exists(transaction_id)',
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    });
  });

  it('reports the hash an event id was first accepted with', async () => {
    // Prepare
    const { mock, repository } = setup();
    mock.on(PutCommand).rejects(conditionFailed({ payload_sha256: { S: 'b'.repeat(64) } }));

    // Act
    const result = await repository.reserveEventId(eventIdGuardFor(item));

    // Assess
    expect(result).toEqual({ reserved: false, existing: { payload_sha256: 'b'.repeat(64) } });
    expect(mock.commandCalls(GetCommand)).toHaveLength(0);
  });

  it('reports the stored hash and notification from the failed condition, without a read', async () => {
    // Prepare
    const { mock, repository } = setup();
    mock.on(PutCommand).rejects(
      conditionFailed({
        transaction_id: { S: item.transaction_id },
        timestamp: { S: item.timestamp },
        payload_sha256: { S: 'a'.repeat(64) },
        notified_at: { S: '2026-11-27T10:16:05.000Z' },
      }),
    );

    // Act
    const result = await repository.insertIfAbsent(item);

    // Assess
    expect(result).toEqual({
      inserted: false,
      existing: { payload_sha256: 'a'.repeat(64), notified_at: '2026-11-27T10:16:05.000Z' },
    });
    expect(mock.commandCalls(GetCommand)).toHaveLength(0);
  });

  it('reads the stored item consistently when the failed condition does not carry it', async () => {
    // Prepare
    const { mock, repository } = setup();
    mock.on(PutCommand).rejects(conditionFailed());
    mock.on(GetCommand).resolves({ Item: { payload_sha256: item.payload_sha256 } });

    // Act
    const result = await repository.insertIfAbsent(item);

    // Assess
    expect(result).toEqual({ inserted: false, existing: { payload_sha256: item.payload_sha256 } });
    expect(mock.commandCalls(GetCommand)[0]?.args[0].input).toMatchObject({
      TableName: 'payment_transactions',
      Key: { transaction_id: item.transaction_id, timestamp: item.timestamp },
      ConsistentRead: true,
    });
  });

  it('fails when the key is taken but no event item can be read there', async () => {
    const { mock, repository } = setup();
    mock.on(PutCommand).rejects(conditionFailed());
    mock.on(GetCommand).resolves({});

    await expect(repository.insertIfAbsent(item)).rejects.toThrow(
      /no item with a payload hash is readable/,
    );
  });

  it('passes any other failure on to the caller', async () => {
    const { mock, repository } = setup();
    const throttled = Object.assign(new Error('Rate exceeded'), {
      name: 'ProvisionedThroughputExceededException',
    });
    mock.on(PutCommand).rejects(throttled);

    await expect(repository.insertIfAbsent(item)).rejects.toBe(throttled);
    expect(mock.commandCalls(GetCommand)).toHaveLength(0);
  });
});
