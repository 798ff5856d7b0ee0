import {
  expectRejectedAt,
  withValue,
  without,
  type RejectionCase,
} from '../../test/contract-table';
import { notificationJobValidator } from '../validation/validators';
import { toNotificationJobMessage, type NotificationJob } from './notification-job';

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
    ['a job re-queued while its recipient confirms', { ...eventJob, attempt: 288 }],
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
    ['a negative attempt', withValue(eventJob, '/attempt', -1), '/attempt', />= 0/],
    ['a fractional attempt', withValue(eventJob, '/attempt', 1.5), '/attempt', /integer/],
    ['a runaway attempt', withValue(eventJob, '/attempt', 1001), '/attempt', /<= 1000/],
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

describe('toNotificationJobMessage', () => {
  const traceHeader = 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1';

  it('carries the job as the JSON body and its ids as string message attributes', () => {
    // Act
    const message = toNotificationJobMessage(eventJob);

    // Assess
    expect(notificationJobValidator.validate(JSON.parse(message.MessageBody))).toEqual({
      ok: true,
      value: eventJob,
    });
    expect(message.MessageAttributes).toEqual({
      trigger: { DataType: 'String', StringValue: 'event' },
      transaction_id: { DataType: 'String', StringValue: 'txn_3MtwBwLkdIwHu7ix' },
      event_id: { DataType: 'String', StringValue: 'evt_1MtwBwLkdIwHu7ixC3' },
    });
  });

  it('carries the attempt counter of a re-queued job unchanged', () => {
    // Act
    const message = toNotificationJobMessage({ ...eventJob, attempt: 7 });

    // Assess
    expect(JSON.parse(message.MessageBody)).toEqual({ ...eventJob, attempt: 7 });
  });

  it('passes the X-Ray trace header as a message system attribute', () => {
    // Act
    const message = toNotificationJobMessage(eventJob, traceHeader);

    // Assess
    expect(message.MessageSystemAttributes).toEqual({
      AWSTraceHeader: { DataType: 'String', StringValue: traceHeader },
    });
  });

  it.each([
    ['no trace header', undefined],
    ['an empty trace header', ''],
  ])('leaves the system attributes out with %s', (_label, header) => {
    // Act
    const message = toNotificationJobMessage(eventJob, header);

    // Assess
    expect(message).not.toHaveProperty('MessageSystemAttributes');
  });
});
