import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { createDynamoDbDocumentClient } from '@payments/aws-clients';
import { createTransactionsTable, motoClientOptions } from '@payments/moto-harness';
import { eventItem, manualItem, TRANSACTION_ID } from '../__fixtures__/items';
import { getTransaction } from '../domain/get-transaction';
import { DynamoDbTransactionItemRepository } from './dynamodb-transaction-item-repository';

describe('DynamoDbTransactionItemRepository against moto', () => {
  const client = createDynamoDbDocumentClient(motoClientOptions());
  let repository: DynamoDbTransactionItemRepository;
  let tableName: string;

  beforeAll(async () => {
    tableName = await createTransactionsTable(client);
    repository = new DynamoDbTransactionItemRepository(client, tableName);
  });

  afterAll(() => client.destroy());

  it('returns items written out of order in event-time order, manual requests last', async () => {
    // Prepare: arrival order is the reverse of event order; one event uses a +02:00 offset.
    const written = [
      manualItem({ request_id: 'req_1' }),
      eventItem({
        event_id: 'evt_3',
        event_type: 'payment.succeeded',
        occurred_at: '2026-11-27T10:02:00Z',
      }),
      eventItem({
        event_id: 'evt_2',
        event_type: 'payment.pending',
        occurred_at: '2026-11-27T12:01:00+02:00',
      }),
      eventItem({
        event_id: 'evt_1',
        event_type: 'payment.created',
        occurred_at: '2026-11-27T10:00:00Z',
      }),
      eventItem({ transaction_id: 'tx_neighbour', event_id: 'evt_x' }),
    ];
    for (const item of written)
      await client.send(new PutCommand({ TableName: tableName, Item: item }));

    // Act
    const items = await repository.findByTransactionId(TRANSACTION_ID);
    const view = await getTransaction(TRANSACTION_ID, { repository });

    // Assess
    expect(items.map((item) => item['timestamp'])).toEqual([
      '2026-11-27T10:00:00.000Z#evt_1',
      '2026-11-27T10:01:00.000Z#evt_2',
      '2026-11-27T10:02:00.000Z#evt_3',
      'notify#req_1',
    ]);
    expect(view.events.map((event) => event.event_id)).toEqual(['evt_1', 'evt_2', 'evt_3']);
    expect(view.status).toBe('succeeded');
  });

  it('finds nothing for an unknown transaction', async () => {
    const items = await repository.findByTransactionId('tx_never_seen');

    expect(items).toEqual([]);
  });
});
