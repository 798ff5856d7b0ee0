import {
  expectRejectedAt,
  withValue,
  without,
  type RejectionCase,
} from '../../test/contract-table';
import { notificationJobValidator } from '../validation/validators';
import type { NotificationJob } from './notification-job';

const eventJob: NotificationJob = {
  version: 1,
  trigger: 'event',
  transaction_id: 'txn_3MtwBwLkdIwHu7ix',
  item_key: '2026-03-02T10:15:34.002Z#evt_1MtwBwLkdIwHu7ixC3',
  event_id: 'evt_1MtwBwLkdIwHu7ixC3',
  enqueued_at: '2026-03-02T10:15:34.300Z',
};

describe('NotificationJob contract', () => {
  it.each([
    ['an event job', eventJob],
    [
      'a manual job',
      { ...eventJob, trigger: 'manual', item_key: 'notify#req-1', request_id: 'req-1' },
    ],
  ])('accepts %s', (_label, input) => {
    expect(notificationJobValidator.validate(input)).toMatchObject({ ok: true });
  });

  it.each<RejectionCase>([
    ['an unknown version', withValue(eventJob, '/version', 2), '/version', /must be one of: 1/],
    ['a string version', withValue(eventJob, '/version', '1'), '/version', /must be one of: 1/],
    [
      'an unknown trigger',
      withValue(eventJob, '/trigger', 'cron'),
      '/trigger',
      /must be one of: event, manual/,
    ],
    ['a missing item key', without(eventJob, '/item_key'), '/item_key', /is required/],
    ['an empty item key', withValue(eventJob, '/item_key', ''), '/item_key', /fewer than 1/],
    ['a bad enqueue time', withValue(eventJob, '/enqueued_at', 'now'), '/enqueued_at', /date-time/],
    [
      'customer data smuggled in',
      withValue(eventJob, '/email', 'jane@example.com'),
      '/email',
      /not an allowed/,
    ],
  ])('rejects %s', (_label, input, path, message) => {
    expectRejectedAt(notificationJobValidator, input, path, message);
  });
});
