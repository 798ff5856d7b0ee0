import type { TransactionItem } from '@payments/contracts';
import { FakeClock, FakeJobQueue } from '../__fixtures__/fakes';
import { InMemoryNotificationStore } from '../__fixtures__/in-memory-notification-store';
import { eventItem, manualItem, TRANSACTION_ID } from '../__fixtures__/items';
import { TransactionNotFoundError } from './errors';
import { requestNotification } from './request-notification';

function setup(
  items: TransactionItem[] = [
    eventItem({ event_id: 'evt_1', occurred_at: '2026-11-27T10:00:00Z' }),
  ],
) {
  const store = new InMemoryNotificationStore(items);
  const queue = new FakeJobQueue();
  const clock = new FakeClock();
  return { store, queue, clock, deps: { store, queue, clock } };
}

describe('requestNotification', () => {
  it('stores the request and queues a manual job about the latest event', async () => {
    // Prepare: the later event arrived first.
    const { store, queue, deps } = setup([
      eventItem({ event_id: 'evt_late', occurred_at: '2026-11-27T11:00:00Z' }),
      eventItem({ event_id: 'evt_early', occurred_at: '2026-11-27T09:00:00Z' }),
    ]);

    // Act
    const result = await requestNotification(
      { transactionId: TRANSACTION_ID, requestId: 'req_7', reason: 'lost email' },
      deps,
    );

    // Assess
    expect(result).toEqual({
      ack: { status: 'queued', transaction_id: TRANSACTION_ID, notification_id: 'manual:req_7' },
      queued: true,
    });
    expect(store.get({ transactionId: TRANSACTION_ID, itemKey: 'notify#req_7' })).toEqual({
      transaction_id: TRANSACTION_ID,
      timestamp: 'notify#req_7',
      item_type: 'manual_notification',
      request_id: 'req_7',
      requested_at: '2026-11-27T12:00:00.000Z',
      reason: 'lost email',
    });
    expect(queue.jobs).toEqual([
      {
        version: 1,
        trigger: 'manual',
        transaction_id: TRANSACTION_ID,
        item_key: 'notify#req_7',
        event_id: 'evt_late',
        request_id: 'req_7',
        enqueued_at: '2026-11-27T12:00:00.000Z',
      },
    ]);
  });

  it('throws TransactionNotFoundError and writes nothing for an unknown transaction', async () => {
    const { store, queue, deps } = setup();

    const request = requestNotification({ transactionId: 'tx_nope', requestId: 'req_1' }, deps);

    await expect(request).rejects.toBeInstanceOf(TransactionNotFoundError);
    expect(store.writes).toBe(0);
    expect(queue.jobs).toEqual([]);
  });

  it('queues a repeated request again while its email is not sent, without a second item', async () => {
    const { store, queue, deps } = setup();
    const input = { transactionId: TRANSACTION_ID, requestId: 'req_1' };

    await requestNotification(input, deps);
    const again = await requestNotification(input, deps);

    expect(again.queued).toBe(true);
    expect(queue.jobs).toHaveLength(2);
    expect([...store.items.keys()].filter((key) => key.includes('notify#'))).toHaveLength(1);
  });

  it('queues nothing for a request id whose email was already sent', async () => {
    const { queue, deps } = setup([
      eventItem(),
      manualItem({ request_id: 'req_1', notified_at: '2026-11-27T12:00:01.000Z' }),
    ]);

    const result = await requestNotification(
      { transactionId: TRANSACTION_ID, requestId: 'req_1' },
      deps,
    );

    expect(result.queued).toBe(false);
    expect(result.ack.notification_id).toBe('manual:req_1');
    expect(queue.jobs).toEqual([]);
  });

  it('propagates an enqueue failure so the caller gets a 5xx and retries', async () => {
    const { queue, deps } = setup();
    queue.failWith = new Error('SQS down');

    const request = requestNotification({ transactionId: TRANSACTION_ID, requestId: 'r' }, deps);

    await expect(request).rejects.toThrow('SQS down');
  });
});
