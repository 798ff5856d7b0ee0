import { eventSortKey } from '@payments/contracts';
import { aWebhookEvent } from '../test-support/webhook-event-fixture';
import { dynamoDbItemSizeBytes } from '../test-support/dynamodb-item-size';
import { reverseKeys } from '../test-support/reverse-keys';
import { InvalidEventError } from './errors/invalid-event-error';
import { toEventItem } from './to-event-item';

const receivedAt = new Date('2026-11-27T10:16:00.000Z');

describe('toEventItem', () => {
  it('keys the item by event time and event id, never by arrival time', () => {
    // Prepare
    const event = aWebhookEvent({ occurred_at: '2026-11-27T11:15:30+01:00' });

    // Act
    const item = toEventItem(event, receivedAt);

    // Assess
    expect(item.timestamp).toBe('2026-11-27T10:15:30.000Z#evt_1Q2w3E4r5T6y');
    expect(item.timestamp).toBe(eventSortKey(event.occurred_at, event.event_id));
    expect(item).toMatchObject({
      transaction_id: event.transaction_id,
      item_type: 'event',
      customer_id: 'cus_42',
      customer_email: 'ada@example.com',
      received_at: '2026-11-27T10:16:00.000Z',
    });
    expect(item.notified_at).toBeUndefined();
  });

  it('gives the same payload hash to the same event whatever its key order', () => {
    // Prepare
    const event = aWebhookEvent();
    const reordered = reverseKeys(event);

    // Act
    const first = toEventItem(event, receivedAt);
    const second = toEventItem(reordered, new Date('2026-11-28T00:00:00Z'));

    // Assess
    expect(Object.keys(reordered)[0]).toBe('metadata');
    expect(second.payload_sha256).toBe(first.payload_sha256);
    expect(first.payload_sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives a different payload hash when any field differs', () => {
    const first = toEventItem(aWebhookEvent(), receivedAt);
    const changed = toEventItem(aWebhookEvent({ amount: 2000 }), receivedAt);

    expect(changed.payload_sha256).not.toBe(first.payload_sha256);
  });

  it('stays under 1 KB (one write unit) with small metadata and the longest identifiers', () => {
    // Prepare
    const event = aWebhookEvent({
      event_id: 'e'.repeat(128),
      transaction_id: 't'.repeat(64),
      provider: 'p'.repeat(32),
      customer: { id: 'c'.repeat(64), email: `${'a'.repeat(64)}@${'b'.repeat(60)}.example.com` },
      metadata: { order_id: 'ord_1001', channel: 'web' },
    });

    // Act
    const item = toEventItem(event, receivedAt);

    // Assess
    expect(dynamoDbItemSizeBytes({ ...item })).toBeLessThan(1024);
  });

  it('omits empty metadata instead of storing an empty map', () => {
    const item = toEventItem(aWebhookEvent({ metadata: {} }), receivedAt);

    expect(item).not.toHaveProperty('metadata');
  });

  it('keys a leap second (valid RFC 3339) at the last millisecond of its minute', () => {
    const event = aWebhookEvent({ occurred_at: '2016-12-31T23:59:60Z' });

    const item = toEventItem(event, receivedAt);

    expect(item.timestamp).toBe(`2016-12-31T23:59:59.999Z#${event.event_id}`);
    expect(item.occurred_at).toBe('2016-12-31T23:59:60Z');
  });

  it('rejects an instant no sort key can represent', () => {
    const event = aWebhookEvent({ occurred_at: 'not-an-instant' });

    expect(() => toEventItem(event, receivedAt)).toThrow(InvalidEventError);
  });
});
