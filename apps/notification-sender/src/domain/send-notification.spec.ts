import type { TransactionItem } from '@payments/contracts';
import {
  CountingRateLimiter,
  FakeClock,
  FakeEmailPublisher,
  FakeRecipientSubscriptions,
} from '../__fixtures__/fakes';
import { InMemoryNotificationStore } from '../__fixtures__/in-memory-notification-store';
import { eventItem, eventJob, manualItem, manualJob, TRANSACTION_ID } from '../__fixtures__/items';
import {
  JobItemMismatchError,
  NotificationClaimHeldError,
  NotificationItemMissingError,
  RecipientSubscriptionPendingError,
} from './errors';
import { CLAIM_LEASE_MS, sendNotification } from './send-notification';

function setup(items: TransactionItem[] = [eventItem()]) {
  const deps = {
    store: new InMemoryNotificationStore(items),
    subscriptions: new FakeRecipientSubscriptions(),
    publisher: new FakeEmailPublisher(),
    rateLimiter: new CountingRateLimiter(),
    clock: new FakeClock(),
  };
  return deps;
}

describe('sendNotification', () => {
  it('publishes one paced email for an event and records it on the item', async () => {
    // Prepare
    const item = eventItem();
    const deps = setup([item]);

    // Act
    const outcome = await sendNotification(eventJob(item), deps);

    // Assess
    expect(outcome).toEqual({
      status: 'sent',
      messageId: 'msg-1',
      notificationId: 'event:evt_1',
      leaseLost: false,
    });
    expect(deps.subscriptions.ensured).toEqual(['Alice@Example.com']);
    expect(deps.rateLimiter.acquired).toBe(1);
    expect(deps.publisher.sent).toEqual([
      expect.objectContaining({
        recipient: 'Alice@Example.com',
        subject: 'Payment succeeded: $19.99',
        transactionId: TRANSACTION_ID,
        eventType: 'payment.succeeded',
        notificationId: 'event:evt_1',
      }),
    ]);
    const stored = deps.store.get({ transactionId: TRANSACTION_ID, itemKey: item.timestamp });
    expect(stored).toMatchObject({
      notified_at: '2026-11-27T12:00:00.000Z',
      notification_message_id: 'msg-1',
    });
    expect(stored).not.toHaveProperty('notify_claimed_at');
  });

  it('sends nothing when the job is delivered again after the email went out', async () => {
    const item = eventItem();
    const deps = setup([item]);
    await sendNotification(eventJob(item), deps);

    const outcome = await sendNotification(eventJob(item), deps);

    expect(outcome).toEqual({ status: 'duplicate' });
    expect(deps.publisher.sent).toHaveLength(1);
  });

  it('sends one email when the same job is processed concurrently', async () => {
    const item = eventItem();
    const deps = setup([item]);

    const outcomes = await Promise.allSettled([
      sendNotification(eventJob(item), deps),
      sendNotification(eventJob(item), deps),
    ]);

    expect(deps.publisher.sent).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === 'rejected')).toHaveLength(1);
  });

  it('fails while another sender holds a live lease and takes over an expired one', async () => {
    const item = eventItem({ notify_claimed_at: '2026-11-27T11:59:30.000Z' });
    const deps = setup([item]);

    await expect(sendNotification(eventJob(item), deps)).rejects.toBeInstanceOf(
      NotificationClaimHeldError,
    );
    deps.clock.advance(CLAIM_LEASE_MS);
    const outcome = await sendNotification(eventJob(item), deps);

    expect(outcome.status).toBe('sent');
    expect(deps.publisher.sent).toHaveLength(1);
  });

  it('fails for a job whose item does not exist', async () => {
    const deps = setup([]);

    const send = sendNotification(eventJob(eventItem()), deps);

    await expect(send).rejects.toBeInstanceOf(NotificationItemMissingError);
    expect(deps.publisher.sent).toEqual([]);
  });

  it('fails without publishing while the recipient subscription is pending, and releases the lease', async () => {
    const item = eventItem();
    const deps = setup([item]);
    deps.subscriptions.pending.add('Alice@Example.com');

    const send = sendNotification(eventJob(item), deps);

    await expect(send).rejects.toBeInstanceOf(RecipientSubscriptionPendingError);
    expect(deps.publisher.sent).toEqual([]);
    expect(deps.rateLimiter.acquired).toBe(0);
    const stored = deps.store.get({ transactionId: TRANSACTION_ID, itemKey: item.timestamp });
    expect(stored).not.toHaveProperty('notify_claimed_at');
    expect(stored).not.toHaveProperty('notified_at');
  });

  it('releases the lease when publishing fails so the retry can claim at once', async () => {
    const item = eventItem();
    const deps = setup([item]);
    deps.publisher.failWith = new Error('SNS throttled');

    await expect(sendNotification(eventJob(item), deps)).rejects.toThrow('SNS throttled');
    deps.publisher.failWith = undefined;
    const retry = await sendNotification(eventJob(item), deps);

    expect(retry.status).toBe('sent');
  });

  it('reports the original error when releasing the lease fails as well', async () => {
    const item = eventItem();
    const deps = setup([item]);
    deps.publisher.failWith = new Error('SNS throttled');
    deps.store.failNext.releaseClaim = new Error('DynamoDB down');

    await expect(sendNotification(eventJob(item), deps)).rejects.toThrow('SNS throttled');
  });

  it('describes the latest event in a manual notification and records which one', async () => {
    // Prepare: two events out of order, and the manual request.
    const deps = setup([
      eventItem({
        event_id: 'evt_2',
        event_type: 'payment.refunded',
        occurred_at: '2026-11-27T11:00:00Z',
      }),
      eventItem({ event_id: 'evt_1', occurred_at: '2026-11-27T10:00:00Z' }),
      manualItem({ request_id: 'req_1' }),
    ]);

    // Act
    const outcome = await sendNotification(manualJob('req_1', 'evt_1'), deps);

    // Assess
    expect(outcome).toMatchObject({ status: 'sent', notificationId: 'manual:req_1' });
    expect(deps.publisher.sent[0]).toMatchObject({
      eventType: 'payment.refunded',
      notificationId: 'manual:req_1',
    });
    expect(
      deps.store.get({ transactionId: TRANSACTION_ID, itemKey: 'notify#req_1' }),
    ).toMatchObject({
      notified_event_id: 'evt_2',
      notification_message_id: 'msg-1',
    });
  });

  it.each([
    ['an event job pointing at a manual item', manualJob('req_1'), 'event'],
    ['an event job naming another event id', { ...eventJob(), event_id: 'evt_other' }, 'event'],
    [
      'a manual job pointing at an event item',
      { ...manualJob(), item_key: eventItem().timestamp },
      'manual',
    ],
  ])('rejects %s without sending', async (_label, job, trigger) => {
    const deps = setup([eventItem(), manualItem({ request_id: 'req_1' })]);

    const send = sendNotification({ ...job, trigger: trigger as 'event' | 'manual' }, deps);

    await expect(send).rejects.toBeInstanceOf(JobItemMismatchError);
    expect(deps.publisher.sent).toEqual([]);
  });

  it('reports a lost lease when another sender took the item over before the send was recorded', async () => {
    const item = eventItem();
    const deps = setup([item]);
    const publish = deps.publisher.publish.bind(deps.publisher);
    deps.publisher.publish = async (email) => {
      // Another sender's claim replaces ours while we publish.
      const stored = deps.store.get({ transactionId: TRANSACTION_ID, itemKey: item.timestamp });
      if (stored) stored['notify_claimed_at'] = '2026-11-27T12:01:30.000Z';
      return publish(email);
    };

    const outcome = await sendNotification(eventJob(item), deps);

    expect(outcome).toMatchObject({ status: 'sent', leaseLost: true });
  });
});
