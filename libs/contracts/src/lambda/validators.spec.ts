import { long, withValue, without } from '../../test/contract-table';
import type { NotificationJob } from '../messages/notification-job';
import {
  notifyRequestExample,
  webhookEventExample,
  webhookEventExamples,
} from '../openapi/examples/webhook-event-examples';
import type { Validator } from '../validation/compile-validator';
import * as syncValidators from '../validation/validators';
import type { AsyncValidator } from './async-validator';
import * as lambdaValidators from './validators';

type Case = readonly [label: string, input: unknown];

const event = webhookEventExample();
const onEvent = (pointer: string, value: unknown) => withValue(event, pointer, value);
const metadata = (entries: number) =>
  Object.fromEntries([...Array(entries).keys()].map((i) => [`k${i}`, 'v']));
const notify = notifyRequestExample();
const eventJob: NotificationJob = {
  version: 1,
  trigger: 'event',
  transaction_id: 'txn_3MtwBwLkdIwHu7ix',
  item_key: '2026-03-02T10:15:34.002Z#evt_1MtwBwLkdIwHu7ixC3',
  event_id: 'evt_1MtwBwLkdIwHu7ixC3',
  enqueued_at: '2026-03-02T10:15:34.300Z',
};
const onJob = (pointer: string, value: unknown) => withValue(eventJob, pointer, value);

/** Inputs that are not objects at all: every validator must agree on them too. */
const NOT_OBJECTS: Case[] = [
  ['undefined', undefined],
  ['null', null],
  ['a string', 'txn_1'],
  ['a number', 42],
  ['an array', [event]],
  ['an empty object', {}],
];

interface ValidatorTable {
  readonly name: keyof typeof lambdaValidators & keyof typeof syncValidators;
  readonly valid: Case[];
  readonly invalid: Case[];
}

const TABLES: ValidatorTable[] = [
  {
    name: 'webhookEventValidator',
    valid: [
      ...Object.entries(webhookEventExamples()),
      ['without metadata', without(event, '/metadata')],
      ['amount 0', onEvent('/amount', 0)],
      ['the largest amount', onEvent('/amount', 100_000_000_000)],
      ['an offset and nanoseconds', onEvent('/occurred_at', '2026-03-02T11:15:30.1234+01:00')],
      ['a leap second', onEvent('/occurred_at', '2026-12-31T23:59:60Z')],
      ['10 metadata entries', onEvent('/metadata', metadata(10))],
      ['a 254-character email', onEvent('/customer/email', `${long(242)}@example.com`)],
      ['a 128-character event id', onEvent('/event_id', long(128))],
    ],
    invalid: [
      ...NOT_OBJECTS,
      ...Object.keys(event)
        .filter((field) => field !== 'metadata')
        .map((field): Case => [`missing ${field}`, without(event, `/${field}`)]),
      ['an extra field', onEvent('/extra', 1)],
      ['an extra customer field', onEvent('/customer/phone', '+1')],
      ['a missing customer email', without(event, '/customer/email')],
      ['a null customer', onEvent('/customer', null)],
      ['a string amount', onEvent('/amount', '4999')],
      ['a fractional amount', onEvent('/amount', 49.99)],
      ['a negative amount', onEvent('/amount', -1)],
      ['an amount above the maximum', onEvent('/amount', 100_000_000_001)],
      ['an infinite amount', onEvent('/amount', Number.POSITIVE_INFINITY)],
      ['a lower-case currency', onEvent('/currency', 'usd')],
      ['an unknown currency', onEvent('/currency', 'USX')],
      ['a numeric currency', onEvent('/currency', 840)],
      ['an unknown event type', onEvent('/event_type', 'payment.captured')],
      ['an upper-case provider', onEvent('/provider', 'Stripe')],
      ['an empty transaction id', onEvent('/transaction_id', '')],
      ['a 65-character transaction id', onEvent('/transaction_id', long(65))],
      ['a transaction id with #', onEvent('/transaction_id', 'txn#1')],
      ['a transaction id with an emoji', onEvent('/transaction_id', 'txn_💳')],
      ['a 129-character event id', onEvent('/event_id', long(129))],
      ['a bad email', onEvent('/customer/email', 'jane.example.com')],
      ['a 255-character email', onEvent('/customer/email', `${long(243)}@example.com`)],
      ['a date without a time', onEvent('/occurred_at', '2026-03-02')],
      ['a time without an offset', onEvent('/occurred_at', '2026-03-02T10:15:30.123')],
      ['an impossible date', onEvent('/occurred_at', '2026-02-30T10:15:30Z')],
      ['a prose date', onEvent('/occurred_at', 'yesterday at noon, UTC')],
      ['11 metadata entries', onEvent('/metadata', metadata(11))],
      ['a metadata key with a space', onEvent('/metadata', { 'order id': 'x' })],
      ['a 41-character metadata key', onEvent('/metadata', { [long(41)]: 'x' })],
      ['a 201-character metadata value', onEvent('/metadata', { k: long(201) })],
      ['a numeric metadata value', onEvent('/metadata', { k: 1 })],
      ['metadata as an array', onEvent('/metadata', ['a'])],
      ['a 10 kB field name', onEvent(`/${long(10_000, 'k')}`, 1)],
      ['a field name with / and ~', { ...event, 'a/b~c': 1 }],
      [
        'many problems at once',
        { ...event, amount: -1, currency: 'usd', customer: { id: '' }, extra: true },
      ],
    ],
  },
  {
    name: 'notifyRequestValidator',
    valid: [
      ['the example', notify],
      ['no reason', { request_id: 'req-1' }],
      ['a 64-character request id', { request_id: long(64) }],
    ],
    invalid: [
      ...NOT_OBJECTS,
      ['an empty request id', { request_id: '' }],
      ['a 65-character request id', { request_id: long(65) }],
      ['a request id with a space', { request_id: 'req 1' }],
      ['a numeric request id', { request_id: 1 }],
      ['an empty reason', { ...notify, reason: '' }],
      ['a 201-character reason', { ...notify, reason: long(201) }],
      ['an extra field', { ...notify, email: 'jane@example.com' }],
    ],
  },
  {
    name: 'transactionPathParametersValidator',
    valid: [
      ['a transaction id', { id: 'txn_3MtwBwLkdIwHu7ix' }],
      ['a 64-character id', { id: long(64) }],
    ],
    invalid: [
      ...NOT_OBJECTS,
      ['an empty id', { id: '' }],
      ['a 65-character id', { id: long(65) }],
      ['an id with a slash', { id: 'txn/1' }],
      ['an id starting with -', { id: '-txn' }],
      ['an encoded id', { id: 'txn%201' }],
      ['a numeric id', { id: 1 }],
      ['a null id', { id: null }],
      ['an extra parameter', { id: 'txn_1', other: 'x' }],
    ],
  },
  {
    name: 'notificationJobValidator',
    valid: [
      ['an event job', eventJob],
      ['a manual job', { ...eventJob, trigger: 'manual', item_key: 'notify#r', request_id: 'r' }],
      ['a re-queued job', { ...eventJob, attempt: 288 }],
    ],
    invalid: [
      ...NOT_OBJECTS,
      ...Object.keys(eventJob).map(
        (field): Case => [`missing ${field}`, without(eventJob, `/${field}`)],
      ),
      ['an unknown version', onJob('/version', 2)],
      ['a string version', onJob('/version', '1')],
      ['an unknown trigger', onJob('/trigger', 'cron')],
      ['an empty item key', onJob('/item_key', '')],
      ['a 201-character item key', onJob('/item_key', long(201))],
      ['a bad request id', onJob('/request_id', 'req 1')],
      ['a negative attempt', onJob('/attempt', -1)],
      ['a fractional attempt', onJob('/attempt', 1.5)],
      ['a runaway attempt', onJob('/attempt', 1001)],
      ['a bad enqueue time', onJob('/enqueued_at', 'now')],
      ['customer data smuggled in', onJob('/email', 'jane@example.com')],
    ],
  },
];

describe.each(TABLES)('Lambda $name', ({ name, valid, invalid }) => {
  const lambda = lambdaValidators[name] as AsyncValidator<unknown>;
  const sync = syncValidators[name] as Validator<unknown>;

  it.each(valid)('accepts %s exactly as the TypeBox validator does', async (_label, input) => {
    // Act
    const result = await lambda.validate(input);

    // Assess
    expect(result).toEqual({ ok: true, value: input });
    expect(result).toEqual(sync.validate(input));
  });

  it.each(invalid)('rejects %s with the TypeBox validator’s errors', async (_label, input) => {
    // Prepare
    const expected = sync.validate(input);

    // Act
    const result = await lambda.validate(input);

    // Assess
    expect(expected.ok).toBe(false);
    expect(result).toEqual(expected);
  });
});

describe('Lambda validators’ loading', () => {
  it('accept valid input without loading TypeBox, and load it once for invalid input', async () => {
    // Prepare
    const loads: string[] = [];
    jest.doMock('./validation-errors', () => {
      loads.push('validation-errors');
      return jest.requireActual('./validation-errors');
    });

    await jest.isolateModulesAsync(async () => {
      const { webhookEventValidator, notifyRequestValidator } =
        jest.requireActual<typeof lambdaValidators>('./validators');

      // Act
      const accepted = await webhookEventValidator.validate(event);
      const loadsWhenAccepting = loads.length;
      await webhookEventValidator.validate({});
      await notifyRequestValidator.validate({});

      // Assess
      expect(accepted.ok).toBe(true);
      expect(loadsWhenAccepting).toBe(0);
      expect(loads).toEqual(['validation-errors']);
    });
  });
});
