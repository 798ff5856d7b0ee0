import { eventItem } from '../__fixtures__/items';
import { composeEmail } from './compose-email';

describe('composeEmail', () => {
  it('states status, formatted amount, transaction id and event time', () => {
    const event = eventItem({
      event_type: 'payment.succeeded',
      amount: 1999,
      currency: 'USD',
      occurred_at: '2026-11-27T11:15:30.500+01:00',
    });

    const email = composeEmail(event);

    expect(email.subject).toBe('Payment succeeded: $19.99');
    expect(email.text).toContain('Status:         succeeded');
    expect(email.text).toContain('Amount:         $19.99 (USD)');
    expect(email.text).toContain('Transaction ID: tx_1001');
    expect(email.text).toContain('Event time:     2026-11-27 10:15:30 UTC');
  });

  it('states the time of a leap-second event (23:59:60) instead of failing', () => {
    // Prepare: valid RFC 3339 that Date rejects; the stored key maps it to 23:59:59.999Z.
    const event = eventItem({ occurred_at: '2016-12-31T23:59:60Z' });

    // Act
    const email = composeEmail(event);

    // Assess
    expect(email.text).toContain('Event time:     2016-12-31 23:59:59 UTC');
  });

  it('formats a zero-decimal currency from minor units', () => {
    const email = composeEmail(eventItem({ amount: 500, currency: 'JPY' }));

    expect(email.text).toContain('¥500 (JPY)');
  });

  it('never includes metadata, card data, hashes, keys, ARNs or internal ids', () => {
    // Prepare: every field the email must not show holds a recognisable marker.
    const event = eventItem({
      event_id: 'evt_SECRET_EVENT',
      customer_id: 'cus_SECRET_CUSTOMER',
      customer_email: 'secret.address@example.com',
      provider: 'secretprovider',
      payload_sha256: 'deadbeef'.repeat(8),
      metadata: { card_number: '4242424242424242', cvc: '123', note: 'internal-note' },
      notification_message_id: 'arn:aws:sns:us-east-2:123456789012:topic:msg',
    });

    // Act
    const { subject, text } = composeEmail(event);
    const email = `${subject}\n${text}`;

    // Assess
    for (const forbidden of [
      'evt_SECRET_EVENT',
      'cus_SECRET_CUSTOMER',
      'secret.address',
      'secretprovider',
      'deadbeef',
      '4242',
      'cvc',
      'internal-note',
      'arn:',
      event.timestamp,
      'notify#',
      'payload_sha256',
    ]) {
      expect(email).not.toContain(forbidden);
    }
  });

  it('keeps the subject on one line within the SNS 100-character limit', () => {
    const email = composeEmail(
      eventItem({ event_type: 'payment.refunded', amount: 100_000_000_000, currency: 'KWD' }),
    );

    expect(email.subject.length).toBeLessThanOrEqual(100);
    expect(email.subject).not.toMatch(/[\r\n]/);
  });
});
