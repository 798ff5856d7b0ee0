import { TRANSACTION_ID_PATTERN } from '../schemas/identifiers';
import {
  eventIdGuardFor,
  eventSortKey,
  manualNotificationSortKey,
  toUtcInstant,
  type EventItem,
} from './transaction-item';

describe('toUtcInstant', () => {
  it.each([
    ['2026-03-02T10:15:30Z', '2026-03-02T10:15:30.000Z'],
    ['2026-03-02T11:15:30.5+01:00', '2026-03-02T10:15:30.500Z'],
    ['2026-03-02t10:15:30.123456789z', '2026-03-02T10:15:30.123Z'],
    ['2026-12-31T23:59:60Z', '2026-12-31T23:59:59.999Z'],
    ['2026-12-31T23:59:60.25+00:00', '2026-12-31T23:59:59.999Z'],
  ])('normalises %s to %s', (input, expected) => {
    expect(toUtcInstant(input)).toBe(expected);
  });

  it('refuses a string that is not an instant', () => {
    expect(() => toUtcInstant('yesterday')).toThrow(RangeError);
  });
});

describe('sort keys', () => {
  it('orders event keys by event time whatever the offset they were sent with', () => {
    const later = eventSortKey('2026-03-02T11:00:00+01:00', 'evt_b'); // 10:00Z
    const earlier = eventSortKey('2026-03-02T09:59:59Z', 'evt_a');

    expect([later, earlier].sort()).toEqual([earlier, later]);
    expect(later).toBe('2026-03-02T10:00:00.000Z#evt_b');
  });

  it('puts manual notification keys after every event key', () => {
    const key = manualNotificationSortKey('req-1');

    expect(key).toBe('notify#req-1');
    expect([key, eventSortKey('9999-12-31T23:59:59Z', 'evt')].sort()[1]).toBe(key);
  });
});

describe('eventIdGuardFor', () => {
  const item = {
    transaction_id: 'txn_1',
    timestamp: '2026-03-02T10:00:00.000Z#evt_1',
    provider: 'stripe',
    event_id: 'evt_1',
    payload_sha256: 'abc',
    received_at: '2026-03-02T10:00:01.000Z',
  } as EventItem;

  it('keys the guard by provider and event id only, so another event time or transaction meets it', () => {
    const guard = eventIdGuardFor(item);
    const retimed = eventIdGuardFor({ ...item, transaction_id: 'txn_2', timestamp: 'other#evt_1' });

    expect({ pk: guard.transaction_id, sk: guard.timestamp }).toEqual({
      pk: 'event-id#stripe#evt_1',
      sk: 'guard',
    });
    expect(retimed.transaction_id).toBe(guard.transaction_id);
    expect(guard).toMatchObject({ event_transaction_id: 'txn_1', event_timestamp: item.timestamp });
  });

  it('uses a partition no real transaction id can have', () => {
    expect(new RegExp(TRANSACTION_ID_PATTERN).test(eventIdGuardFor(item).transaction_id)).toBe(
      false,
    );
  });
});
