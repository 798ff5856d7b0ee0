import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { createDynamoDbDocumentClient } from '@payments/aws-clients';
import { createTransactionsTable, motoClientOptions } from '@payments/moto-harness';
import { eventItem, manualItem, TRANSACTION_ID } from '../__fixtures__/items';
import { DynamoDbNotificationStore } from './dynamodb-notification-store';

describe('DynamoDbNotificationStore against moto', () => {
  const client = createDynamoDbDocumentClient(motoClientOptions());
  let store: DynamoDbNotificationStore;
  let tableName: string;

  beforeAll(async () => {
    tableName = await createTransactionsTable(client);
    store = new DynamoDbNotificationStore(client, tableName);
  });

  afterAll(() => client.destroy());

  async function put(item: object) {
    await client.send(new PutCommand({ TableName: tableName, Item: item }));
  }

  it('finds the latest event by event time, skipping manual requests', async () => {
    await put(eventItem({ event_id: 'evt_late', occurred_at: '2026-11-27T11:00:00Z' }));
    await put(eventItem({ event_id: 'evt_early', occurred_at: '2026-11-27T09:00:00Z' }));
    await put(manualItem({ request_id: 'req_0' }));

    const latest = await store.findLatestEvent(TRANSACTION_ID);

    expect(latest?.event_id).toBe('evt_late');
    await expect(store.findLatestEvent('tx_absent')).resolves.toBeUndefined();
  });

  it('claims once, refuses a live lease, records the send, then reports it as notified', async () => {
    // Prepare
    const item = eventItem({ transaction_id: 'tx_claim', event_id: 'evt_c' });
    await put(item);
    const ref = { transactionId: 'tx_claim', itemKey: item.timestamp };
    const first = {
      claimedAt: '2026-11-27T12:00:00.000Z',
      leaseExpiredBefore: '2026-11-27T11:59:00.000Z',
    };
    const second = {
      claimedAt: '2026-11-27T12:00:10.000Z',
      leaseExpiredBefore: '2026-11-27T11:59:10.000Z',
    };

    // Act
    const claimed = await store.claim(ref, first);
    const refused = await store.claim(ref, second);
    const marked = await store.markSent(ref, {
      claimedAt: first.claimedAt,
      notifiedAt: '2026-11-27T12:00:01.000Z',
      messageId: 'sns-1',
    });
    const afterSend = await store.claim(ref, second);

    // Assess
    expect(claimed).toMatchObject({
      outcome: 'claimed',
      item: { event_id: 'evt_c', notify_claimed_at: first.claimedAt },
    });
    expect(refused).toEqual({ outcome: 'held_by_another' });
    expect(marked).toBe('marked');
    expect(afterSend).toEqual({ outcome: 'already_notified' });
  });

  it('lets a new sender take over an expired lease; the old holder then loses it', async () => {
    const item = eventItem({ transaction_id: 'tx_lease', event_id: 'evt_l' });
    await put({ ...item, notify_claimed_at: '2026-11-27T11:00:00.000Z' });
    const ref = { transactionId: 'tx_lease', itemKey: item.timestamp };

    const takeover = await store.claim(ref, {
      claimedAt: '2026-11-27T12:00:00.000Z',
      leaseExpiredBefore: '2026-11-27T11:59:00.000Z',
    });
    const staleMark = await store.markSent(ref, {
      claimedAt: '2026-11-27T11:00:00.000Z',
      notifiedAt: '2026-11-27T12:00:01.000Z',
      messageId: 'sns-old',
    });

    expect(takeover.outcome).toBe('claimed');
    expect(staleMark).toBe('lease_lost');
  });

  it('reports a missing item', async () => {
    const result = await store.claim(
      { transactionId: 'tx_none', itemKey: 'nothing' },
      { claimedAt: '2026-11-27T12:00:00.000Z', leaseExpiredBefore: '2026-11-27T11:59:00.000Z' },
    );

    expect(result).toEqual({ outcome: 'missing' });
  });

  it('releases only its own lease', async () => {
    const item = eventItem({ transaction_id: 'tx_release', event_id: 'evt_r' });
    await put(item);
    const ref = { transactionId: 'tx_release', itemKey: item.timestamp };
    const lease = {
      claimedAt: '2026-11-27T12:00:00.000Z',
      leaseExpiredBefore: '2026-11-27T11:59:00.000Z',
    };
    await store.claim(ref, lease);

    await store.releaseClaim(ref, '2026-01-01T00:00:00.000Z');
    const stillHeld = await store.claim(ref, lease);
    await store.releaseClaim(ref, lease.claimedAt);
    const free = await store.claim(ref, lease);

    expect(stillHeld).toEqual({ outcome: 'held_by_another' });
    expect(free.outcome).toBe('claimed');
  });

  it('creates a manual request once and reports its state on repeats', async () => {
    const request = manualItem({ transaction_id: 'tx_manual', request_id: 'req_m' });

    const created = await store.createManualRequest(request);
    const repeated = await store.createManualRequest({ ...request, reason: 'changed' });
    const ref = { transactionId: 'tx_manual', itemKey: request.timestamp };
    const lease = {
      claimedAt: '2026-11-27T12:00:00.000Z',
      leaseExpiredBefore: '2026-11-27T11:59:00.000Z',
    };
    await store.claim(ref, lease);
    await store.markSent(ref, {
      ...lease,
      notifiedAt: lease.claimedAt,
      messageId: 'm',
      describedEventId: 'evt_1',
    });
    const afterSend = await store.createManualRequest(request);

    expect(created).toEqual({ status: 'created' });
    expect(repeated).toEqual({ status: 'exists', notified: false });
    expect(afterSend).toEqual({ status: 'exists', notified: true });
  });
});
