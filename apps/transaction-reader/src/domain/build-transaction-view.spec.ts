import { compileValidator, TransactionViewSchema } from '@payments/contracts';
import { eventItem, manualItem } from '../__fixtures__/items';
import { buildTransactionView } from './build-transaction-view';

const viewValidator = compileValidator(TransactionViewSchema);

describe('buildTransactionView', () => {
  it('orders a leap-second event (23:59:60) between the seconds around it', () => {
    // Prepare: event ids sort opposite to event time, so only the time can order them.
    const before = eventItem({ event_id: 'evt_c', occurred_at: '2016-12-31T23:59:59.500Z' });
    const leap = eventItem({
      event_id: 'evt_b',
      event_type: 'payment.succeeded',
      occurred_at: '2016-12-31T23:59:60Z',
    });
    const after = eventItem({
      event_id: 'evt_a',
      event_type: 'payment.refunded',
      occurred_at: '2017-01-01T00:00:00Z',
    });

    // Act
    const view = buildTransactionView([after, leap, before]);

    // Assess
    expect(view?.events.map((event) => event.event_id)).toEqual(['evt_c', 'evt_b', 'evt_a']);
    expect(view).toMatchObject({ status: 'refunded', updated_at: '2017-01-01T00:00:00Z' });
  });

  it('takes status, amount and customer from the latest event time, not arrival order', () => {
    // Prepare: the success arrived first, the (earlier) pending event afterwards.
    const succeeded = eventItem({
      event_id: 'evt_2',
      event_type: 'payment.succeeded',
      occurred_at: '2026-11-27T10:02:00Z',
      received_at: '2026-11-27T10:02:01Z',
      amount: 2500,
      currency: 'EUR',
      customer_email: 'alice.new@example.com',
    });
    const pending = eventItem({
      event_id: 'evt_1',
      event_type: 'payment.pending',
      occurred_at: '2026-11-27T10:01:00Z',
      received_at: '2026-11-27T10:03:00Z',
    });

    // Act
    const view = buildTransactionView([succeeded, pending]);

    // Assess
    expect(view).toMatchObject({
      status: 'succeeded',
      amount: 2500,
      currency: 'EUR',
      customer: { id: 'cus_1', email: 'alice.new@example.com' },
      created_at: '2026-11-27T10:01:00Z',
      updated_at: '2026-11-27T10:02:00Z',
    });
    expect(view?.events.map((event) => event.event_id)).toEqual(['evt_1', 'evt_2']);
  });

  it('orders events by instant across time zone offsets, then by event id', () => {
    const items = [
      eventItem({ event_id: 'evt_b', occurred_at: '2026-11-27T10:00:00Z' }),
      eventItem({ event_id: 'evt_early', occurred_at: '2026-11-27T11:30:00+02:00' }),
      eventItem({ event_id: 'evt_a', occurred_at: '2026-11-27T10:00:00.000Z' }),
    ];

    const view = buildTransactionView(items);

    expect(view?.events.map((event) => event.event_id)).toEqual(['evt_early', 'evt_a', 'evt_b']);
  });

  it('is pending while any event or manual request is not yet notified', () => {
    const items = [
      eventItem({ event_id: 'evt_1', notified_at: '2026-11-27T10:00:05.000Z' }),
      manualItem({ request_id: 'req_1' }),
    ];

    const view = buildTransactionView(items);

    expect(view?.notifications.state).toBe('pending');
  });

  it('lists sent notifications oldest first with their trigger and is sent when all are', () => {
    const items = [
      eventItem({
        event_id: 'evt_1',
        occurred_at: '2026-11-27T10:00:00Z',
        notified_at: '2026-11-27T10:00:05.000Z',
        notification_message_id: 'msg-1',
      }),
      eventItem({
        event_id: 'evt_2',
        occurred_at: '2026-11-27T10:01:00Z',
        notified_at: '2026-11-27T10:01:05.000Z',
      }),
      manualItem({
        request_id: 'req_9',
        notified_at: '2026-11-27T10:00:30.000Z',
        notified_event_id: 'evt_1',
      }),
    ];

    const view = buildTransactionView(items);

    expect(view?.notifications).toEqual({
      state: 'sent',
      sent: [
        {
          notification_id: 'event:evt_1',
          trigger: 'event',
          event_id: 'evt_1',
          sent_at: '2026-11-27T10:00:05.000Z',
        },
        {
          notification_id: 'manual:req_9',
          trigger: 'manual',
          event_id: 'evt_1',
          sent_at: '2026-11-27T10:00:30.000Z',
        },
        {
          notification_id: 'event:evt_2',
          trigger: 'event',
          event_id: 'evt_2',
          sent_at: '2026-11-27T10:01:05.000Z',
        },
      ],
    });
  });

  it('attributes a manual notification without a recorded event to the latest event', () => {
    const items = [
      eventItem({ event_id: 'evt_old', occurred_at: '2026-11-27T09:00:00Z' }),
      eventItem({ event_id: 'evt_new', occurred_at: '2026-11-27T10:00:00Z' }),
      manualItem({ notified_at: '2026-11-27T11:00:00.000Z' }),
    ];

    const view = buildTransactionView(items);

    expect(view?.notifications.sent[0]?.event_id).toBe('evt_new');
  });

  it('produces a view that satisfies the TransactionView contract', () => {
    const items = [
      eventItem({ metadata: { order: 'o-1' }, notified_at: '2026-11-27T10:00:05.000Z' }),
      eventItem({
        event_id: 'evt_2',
        event_type: 'payment.refunded',
        occurred_at: '2026-11-28T08:00:00+01:00',
      }),
      manualItem({ notified_at: '2026-11-28T09:00:00.000Z', reason: 'customer asked' }),
    ];

    const view = buildTransactionView(items);
    const result = viewValidator.validate(view);

    expect(result).toEqual({ ok: true, value: view });
  });

  it('leaves out storage-only fields such as hashes, keys and metadata', () => {
    const view = buildTransactionView([eventItem({ metadata: { card_last4: '4242' } })]);

    const json = JSON.stringify(view);

    expect(json).not.toContain('payload_sha256');
    expect(json).not.toContain('4242');
    expect(json).not.toContain('"timestamp"');
  });

  it('ignores items of an unknown type and finds nothing without events', () => {
    const view = buildTransactionView([manualItem(), { item_type: 'future_thing', x: 1 }]);

    expect(view).toBeUndefined();
  });
});
