import { errorBodyOf, sampleWebhookEvent } from '@payments/api-client';
import { e2eStack } from '../support/e2e-stack';
import { deliverLikeAProvider } from '../support/deliver';
import { currentView, settledEmailsFor, waitForSentNotifications } from '../support/notifications';

const stack = e2eStack();
const { ids } = stack;
const CONCURRENT_DELIVERIES = 25;

describe('at-least-once delivery: duplicates, conflicts and out-of-order events', () => {
  it('stores a sequentially redelivered event once and emails once', async () => {
    const email = ids.email('seq');
    const event = sampleWebhookEvent('payment.succeeded', {
      transactionId: ids.transactionId('seq'),
      eventId: ids.eventId('seq'),
      email,
    });

    const first = await stack.api.sendWebhook(event);
    const second = await stack.api.sendWebhook(event);
    const third = await stack.api.sendWebhook(event);

    expect(first.status).toBe(202);
    for (const redelivery of [second, third]) {
      expect(redelivery.status).toBe(200);
      expect(redelivery.body).toEqual({
        status: 'duplicate',
        event_id: event.event_id,
        transaction_id: event.transaction_id,
      });
    }
    await waitForSentNotifications(stack, event.transaction_id, 1);
    const emails = await settledEmailsFor(stack, email, 1);
    const view = await currentView(stack, event.transaction_id);
    expect(view.events).toHaveLength(1);
    expect(view.notifications.sent).toHaveLength(1);
    if (emails) expect(emails).toHaveLength(1);
  });

  it(`stores ${CONCURRENT_DELIVERIES} concurrent deliveries of one event once and emails once`, async () => {
    const email = ids.email('race');
    const event = sampleWebhookEvent('payment.succeeded', {
      transactionId: ids.transactionId('race'),
      eventId: ids.eventId('race'),
      email,
    });

    const answers = await Promise.all(
      Array.from({ length: CONCURRENT_DELIVERIES }, () => deliverLikeAProvider(stack.api, event)),
    );

    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 202)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(CONCURRENT_DELIVERIES - 1);
    await waitForSentNotifications(stack, event.transaction_id, 1);
    const emails = await settledEmailsFor(stack, email, 1);
    const view = await currentView(stack, event.transaction_id);
    expect(view.events).toHaveLength(1);
    expect(view.notifications.sent).toHaveLength(1);
    if (emails) expect(emails).toHaveLength(1);
  });

  it('answers 409 EVENT_ID_CONFLICT to the same event id with another payload, keeping the original', async () => {
    const original = sampleWebhookEvent('payment.succeeded', {
      transactionId: ids.transactionId('conflict'),
      eventId: ids.eventId('conflict'),
      email: ids.email('conflict'),
      amount: 1000,
    });
    const altered = { ...original, amount: 999_999 };

    const first = await stack.api.sendWebhook(original);
    const conflicting = await stack.api.sendWebhook(altered);

    expect(first.status).toBe(202);
    expect(conflicting.status).toBe(409);
    expect(errorBodyOf(conflicting)).toMatchObject({ code: 'EVENT_ID_CONFLICT' });
    expect(errorBodyOf(conflicting)?.message).toContain(original.event_id);
    expect(errorBodyOf(conflicting)?.request_id).toEqual(expect.any(String));
    const view = await currentView(stack, original.transaction_id);
    expect(view.amount).toBe(1000);
    expect(view.events).toHaveLength(1);
  });

  it('answers 409 to the same event id with another event time, storing no second event', async () => {
    const original = sampleWebhookEvent('payment.succeeded', {
      transactionId: ids.transactionId('conflict-time'),
      eventId: ids.eventId('conflict-time'),
      email: ids.email('conflict-time'),
      occurredAt: new Date(Date.now() - 60_000),
    });
    const retimed = { ...original, occurred_at: new Date().toISOString() };

    const first = await stack.api.sendWebhook(original);
    const conflicting = await stack.api.sendWebhook(retimed);

    expect(first.status).toBe(202);
    expect(conflicting.status).toBe(409);
    expect(errorBodyOf(conflicting)).toMatchObject({ code: 'EVENT_ID_CONFLICT' });
    const view = await currentView(stack, original.transaction_id);
    expect(view.events.map((e) => e.event_id)).toEqual([original.event_id]);
  });

  it('takes the current status from event time when succeeded arrives before pending', async () => {
    const transactionId = ids.transactionId('order');
    const email = ids.email('order');
    const pendingAt = new Date(Date.now() - 60_000);
    const succeededAt = new Date(pendingAt.getTime() + 30_000);
    const pending = sampleWebhookEvent('payment.pending', {
      transactionId,
      eventId: ids.eventId('order-pending'),
      email,
      occurredAt: pendingAt,
    });
    const succeeded = sampleWebhookEvent('payment.succeeded', {
      transactionId,
      eventId: ids.eventId('order-succeeded'),
      email,
      occurredAt: succeededAt,
    });

    const late = await stack.api.sendWebhook(succeeded);
    const early = await stack.api.sendWebhook(pending);

    expect([late.status, early.status]).toEqual([202, 202]);
    const view = await currentView(stack, transactionId);
    expect(view.status).toBe('succeeded');
    expect(view.events.map((e) => e.event_type)).toEqual(['payment.pending', 'payment.succeeded']);
    expect(Date.parse(view.created_at)).toBe(pendingAt.getTime());
    expect(Date.parse(view.updated_at)).toBe(succeededAt.getTime());
  });
});
