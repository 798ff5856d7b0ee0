import { PAYMENT_EVENT_TYPES, webhookEventValidator } from '@payments/contracts';
import { newId, sampleWebhookEvent } from './sample-events';

describe('sampleWebhookEvent', () => {
  it.each(PAYMENT_EVENT_TYPES)('builds a contract-valid %s event', (type) => {
    const event = sampleWebhookEvent(type);

    const result = webhookEventValidator.validate(event);

    expect(result).toEqual({ ok: true, value: event });
    expect(event.event_type).toBe(type);
  });

  it('applies every option and stays valid', () => {
    const options = {
      transactionId: 'txn-given',
      eventId: 'evt:given.1',
      provider: 'acme',
      customerId: 'cus-7',
      email: 'someone@example.org',
      amount: 500,
      currency: 'JPY' as const,
      occurredAt: new Date('2026-01-02T03:04:05.678Z'),
      metadata: { order_id: 'o-9' },
    };

    const event = sampleWebhookEvent('payment.refunded', options);

    expect(event).toEqual({
      event_id: 'evt:given.1',
      event_type: 'payment.refunded',
      provider: 'acme',
      transaction_id: 'txn-given',
      amount: 500,
      currency: 'JPY',
      customer: { id: 'cus-7', email: 'someone@example.org' },
      occurred_at: '2026-01-02T03:04:05.678Z',
      metadata: { order_id: 'o-9' },
    });
    expect(webhookEventValidator.validate(event).ok).toBe(true);
  });

  it('gives each call fresh event and transaction ids', () => {
    const first = sampleWebhookEvent();
    const second = sampleWebhookEvent();

    expect(second.event_id).not.toBe(first.event_id);
    expect(second.transaction_id).not.toBe(first.transaction_id);
  });
});

describe('newId', () => {
  it('keeps the prefix and a 24-character hex suffix', () => {
    expect(newId('txn')).toMatch(/^txn_[0-9a-f]{24}$/);
  });
});
