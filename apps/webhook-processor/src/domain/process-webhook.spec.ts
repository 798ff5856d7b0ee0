import { notificationJobValidator, type WebhookEvent } from '@payments/contracts';
import { FixedClock } from '../test-support/fixed-clock';
import { InMemoryNotificationJobQueue } from '../test-support/in-memory-notification-job-queue';
import { InMemoryTransactionEventRepository } from '../test-support/in-memory-transaction-event-repository';
import { reverseKeys } from '../test-support/reverse-keys';
import { aWebhookEvent } from '../test-support/webhook-event-fixture';
import { DependencyUnavailableError } from './errors/dependency-unavailable-error';
import { EventIdConflictError } from './errors/event-id-conflict-error';
import { InvalidEventError } from './errors/invalid-event-error';
import { processWebhook } from './process-webhook';
import { toEventItem } from './to-event-item';

function setup() {
  const deps = {
    repository: new InMemoryTransactionEventRepository(),
    queue: new InMemoryNotificationJobQueue(),
    clock: new FixedClock(),
  };
  return { ...deps, process: (event: WebhookEvent) => processWebhook(deps, event) };
}

describe('processWebhook', () => {
  it('stores a new event and enqueues one job naming its item', async () => {
    // Prepare
    const { repository, queue, process } = setup();
    const event = aWebhookEvent();

    // Act
    const outcome = await process(event);

    // Assess
    expect(outcome).toEqual({
      status: 'accepted',
      event_id: event.event_id,
      transaction_id: event.transaction_id,
      enqueued: true,
    });
    const [item] = repository.all();
    expect(repository.all()).toHaveLength(1);
    expect(queue.jobs).toEqual([
      {
        version: 1,
        trigger: 'event',
        transaction_id: event.transaction_id,
        item_key: item?.timestamp,
        event_id: event.event_id,
        enqueued_at: '2026-11-27T10:16:00.000Z',
      },
    ]);
    expect(notificationJobValidator.validate(queue.jobs[0]).ok).toBe(true);
  });

  it('answers an identical redelivery as a duplicate and re-enqueues while not notified', async () => {
    // Prepare
    const { repository, queue, clock, process } = setup();
    await process(aWebhookEvent());
    clock.advance(60_000);

    // Act
    const outcome = await process(aWebhookEvent());

    // Assess
    expect(outcome).toMatchObject({ status: 'duplicate', enqueued: true });
    expect(repository.all()).toHaveLength(1);
    expect(repository.all()[0]?.received_at).toBe('2026-11-27T10:16:00.000Z');
    expect(queue.jobs.map((j) => j.item_key)).toEqual([
      repository.all()[0]?.timestamp,
      repository.all()[0]?.timestamp,
    ]);
  });

  it('enqueues nothing for a redelivery of an event already notified', async () => {
    // Prepare
    const { repository, queue, process } = setup();
    await process(aWebhookEvent());
    const { transaction_id, timestamp } = toEventItem(aWebhookEvent(), new Date());
    repository.markNotified(transaction_id, timestamp, '2026-11-27T10:16:05.000Z');

    // Act
    const outcome = await process(aWebhookEvent());

    // Assess
    expect(outcome).toMatchObject({ status: 'duplicate', enqueued: false });
    expect(queue.jobs).toHaveLength(1);
  });

  it('treats a redelivery with another key order as the same event', async () => {
    // Prepare
    const { process } = setup();
    const event = aWebhookEvent();
    await process(event);
    const reordered = reverseKeys(event);

    // Act
    const outcome = await process(reordered);

    // Assess
    expect(outcome.status).toBe('duplicate');
  });

  it('rejects the same event id with a different payload and keeps the stored event', async () => {
    // Prepare
    const { repository, queue, process } = setup();
    await process(aWebhookEvent());
    const before = repository.all();

    // Act
    const attempt = process(aWebhookEvent({ amount: 1 }));

    // Assess
    await expect(attempt).rejects.toThrow(EventIdConflictError);
    await expect(attempt).rejects.toThrow(/different payload.*stored event is kept/s);
    expect(repository.all()).toEqual(before);
    expect(queue.jobs).toHaveLength(1);
  });

  it.each([
    ['another event time', { occurred_at: '2026-03-02T11:00:00Z' }],
    ['another transaction', { transaction_id: 'txn_other_1' }],
  ])('rejects a reused event id with %s and stores no second event', async (_label, change) => {
    // Prepare
    const { repository, queue, process } = setup();
    await process(aWebhookEvent());

    // Act
    const attempt = process(aWebhookEvent(change));

    // Assess
    await expect(attempt).rejects.toThrow(EventIdConflictError);
    expect(repository.all()).toHaveLength(1);
    expect(queue.jobs).toHaveLength(1);
  });

  it('lets the same event id be used by two providers', async () => {
    const { repository, process } = setup();

    await process(aWebhookEvent({ provider: 'stripe' }));
    const other = await process(
      aWebhookEvent({ provider: 'adyen', transaction_id: 'txn_adyen_1' }),
    );

    expect(other.status).toBe('accepted');
    expect(repository.all()).toHaveLength(2);
  });

  it('stores the event on the retry after a failure between the guard and the event item', async () => {
    // Prepare
    const { repository, queue, process } = setup();
    repository.failNextInsert();
    await expect(process(aWebhookEvent())).rejects.toThrow(DependencyUnavailableError);

    // Act
    const retry = await process(aWebhookEvent());

    // Assess
    expect(retry.status).toBe('accepted');
    expect(repository.all()).toHaveLength(1);
    expect(queue.jobs).toHaveLength(1);
  });

  it('stores exactly one item when 20 identical deliveries race', async () => {
    // Prepare
    const { repository, process } = setup();

    // Act
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => process(aWebhookEvent())));

    // Assess
    expect(repository.insertCalls).toBe(20);
    expect(repository.all()).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === 'accepted')).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === 'duplicate')).toHaveLength(19);
  });

  it('lets one payload win when two different payloads race for one key', async () => {
    // Prepare
    const { repository, process } = setup();
    const deliveries = Array.from({ length: 10 }, (_, i) =>
      process(aWebhookEvent({ amount: i % 2 === 0 ? 100 : 200 })),
    );

    // Act
    const results = await Promise.allSettled(deliveries);

    // Assess
    const winner = repository.all()[0]?.amount;
    expect(repository.all()).toHaveLength(1);
    results.forEach((result, i) => {
      const sameAsWinner = (i % 2 === 0 ? 100 : 200) === winner;
      if (sameAsWinner) expect(result.status).toBe('fulfilled');
      else
        expect(result).toMatchObject({
          status: 'rejected',
          reason: expect.any(EventIdConflictError),
        });
    });
  });

  it('stores events that arrive out of order under keys that sort by event time', async () => {
    // Prepare
    const { repository, process } = setup();
    const pending = aWebhookEvent({
      event_id: 'evt_pending',
      event_type: 'payment.pending',
      occurred_at: '2026-11-27T10:00:00Z',
    });
    const succeeded = aWebhookEvent({
      event_id: 'evt_succeeded',
      event_type: 'payment.succeeded',
      occurred_at: '2026-11-27T10:05:00Z',
    });

    // Act
    await process(succeeded);
    await process(pending);

    // Assess
    const byKey = repository.all().sort((a, b) => (a.timestamp < b.timestamp ? -1 : 1));
    expect(byKey.map((i) => i.event_type)).toEqual(['payment.pending', 'payment.succeeded']);
  });

  it('reports a storage failure without enqueueing anything', async () => {
    // Prepare
    const { repository, queue, process } = setup();
    repository.failNextInsert();

    // Act
    const attempt = process(aWebhookEvent());

    // Assess
    await expect(attempt).rejects.toMatchObject({
      constructor: DependencyUnavailableError,
      step: 'store-event',
    });
    expect(repository.all()).toHaveLength(0);
    expect(queue.jobs).toHaveLength(0);
  });

  it('completes a stored-but-not-enqueued event exactly once on the retry', async () => {
    // Prepare
    const { repository, queue, process } = setup();
    queue.failNextEnqueue();
    await expect(process(aWebhookEvent())).rejects.toMatchObject({ step: 'enqueue-notification' });
    expect(repository.all()).toHaveLength(1);
    expect(queue.jobs).toHaveLength(0);

    // Act
    const retry = await process(aWebhookEvent());

    // Assess
    expect(retry).toMatchObject({ status: 'duplicate', enqueued: true });
    expect(repository.all()).toHaveLength(1);
    expect(queue.jobs).toHaveLength(1);
  });

  it('writes nothing for an event whose time cannot be keyed', async () => {
    const { repository, process } = setup();

    await expect(process(aWebhookEvent({ occurred_at: 'not-an-instant' }))).rejects.toThrow(
      InvalidEventError,
    );
    expect(repository.insertCalls).toBe(0);
  });
});
