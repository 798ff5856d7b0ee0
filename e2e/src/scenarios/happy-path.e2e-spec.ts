import { sampleWebhookEvent } from '@payments/api-client';
import { RECIPIENT_ATTRIBUTE } from '@payments/contracts';
import { e2eStack } from '../support/e2e-stack';
import { attributeValue } from '../support/local-outbox';
import { currentView, settledEmailsFor, waitForSentNotifications } from '../support/notifications';

const stack = e2eStack();
const { ids } = stack;

describe('a payment event, from webhook to the customer’s email', () => {
  const transactionId = ids.transactionId('happy');
  const email = ids.email('happy');
  const event = sampleWebhookEvent('payment.succeeded', {
    transactionId,
    eventId: ids.eventId('happy-succeeded'),
    customerId: ids.customerId('happy'),
    email,
    amount: 4250,
    currency: 'EUR',
  });

  it('accepts a signed webhook with 202 and shows it on GET /transactions/{id}', async () => {
    const ack = await stack.api.sendWebhook(event);

    expect(ack.status).toBe(202);
    expect(ack.headers['content-type']).toMatch(/^application\/json/);
    expect(ack.body).toEqual({
      status: 'accepted',
      event_id: event.event_id,
      transaction_id: transactionId,
    });
    const view = await stack.api.getTransaction(transactionId);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({
      transaction_id: transactionId,
      provider: event.provider,
      status: 'succeeded',
      amount: 4250,
      currency: 'EUR',
      customer: event.customer,
      events: [{ event_id: event.event_id, event_type: 'payment.succeeded', status: 'succeeded' }],
    });
  });

  it('emails that customer, and only that customer, about the event', async () => {
    const view = await waitForSentNotifications(stack, transactionId, 1);

    expect(view.notifications.sent).toEqual([
      expect.objectContaining({ trigger: 'event', event_id: event.event_id }),
    ]);
    const emails = await settledEmailsFor(stack, email, 1);
    if (!emails) return;
    expect(emails).toHaveLength(1);
    const [mail] = emails as [(typeof emails)[number]];
    expect(mail.recipient).toBe(email);
    expect(attributeValue(mail.messageAttributes, RECIPIENT_ATTRIBUTE)).toBe(email);
    expect(mail.body).toContain(transactionId);
    expect(mail.body).toContain('42.50');
    expect(mail.body).not.toContain('order-1001');
  });

  it('queues another email on POST /transactions/{id}/notify (202)', async () => {
    const requestId = ids.eventId('happy-resend');

    const ack = await stack.api.notify(transactionId, {
      request_id: requestId,
      reason: 'e2e resend',
    });

    expect(ack.status).toBe(202);
    expect(ack.body).toMatchObject({ status: 'queued', transaction_id: transactionId });
    const view = await waitForSentNotifications(stack, transactionId, 2);
    expect(view.notifications.sent.map((n) => n.trigger).sort()).toEqual(['event', 'manual']);
    const emails = await settledEmailsFor(stack, email, 2);
    if (!emails) return;
    expect(emails).toHaveLength(2);
    expect(emails.every((m) => m.recipient === email && m.body.includes(transactionId))).toBe(true);
  });

  it('answers a repeated notify request (same request_id) without a third email', async () => {
    const requestId = ids.eventId('happy-resend');

    const again = await stack.api.notify(transactionId, { request_id: requestId });

    expect(again.status).toBeLessThan(300);
    const emails = await settledEmailsFor(stack, email, 2);
    const view = await currentView(stack, transactionId);
    expect(view.notifications.sent).toHaveLength(2);
    if (emails) expect(emails).toHaveLength(2);
  });
});
