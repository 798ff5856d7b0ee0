import {
  expectRejectedAt,
  long,
  withValue,
  without,
  type RejectionCase,
} from '../../test/contract-table';
import {
  webhookEventExample,
  webhookEventExamples,
} from '../openapi/examples/webhook-event-examples';
import { webhookEventValidator } from '../validation/validators';

const base = webhookEventExample();
const set = (pointer: string, value: unknown) => withValue(base, pointer, value);
const REQUIRED = /is required/;
const NOT_ALLOWED = /is not an allowed field/;

describe('WebhookEvent contract', () => {
  it.each([
    ...Object.entries(webhookEventExamples()),
    ['without metadata', without(base, '/metadata')],
    ['amount 0', set('/amount', 0)],
    ['the largest amount', set('/amount', 100_000_000_000)],
    ['a zero-decimal currency', set('/currency', 'JPY')],
    ['a 128-character event id', set('/event_id', long(128))],
    ['a 64-character transaction id', set('/transaction_id', long(64))],
    [
      'an event time with an offset and nanoseconds',
      set('/occurred_at', '2026-03-02T11:15:30.123456789+01:00'),
    ],
    ['a leap second', set('/occurred_at', '2026-12-31T23:59:60Z')],
    [
      '10 metadata entries',
      set('/metadata', Object.fromEntries([...Array(10).keys()].map((i) => [`k${i}`, 'v']))),
    ],
    ['a 254-character email', set('/customer/email', `${long(242)}@example.com`)],
  ])('accepts %s', (_label, input) => {
    expect(webhookEventValidator.validate(input)).toMatchObject({ ok: true });
  });

  const cases: RejectionCase[] = [
    // missing fields
    ...[
      'event_id',
      'event_type',
      'provider',
      'transaction_id',
      'amount',
      'currency',
      'customer',
      'occurred_at',
    ].map(
      (field): RejectionCase => [
        `missing ${field}`,
        without(base, `/${field}`),
        `/${field}`,
        REQUIRED,
      ],
    ),
    ['missing customer.id', without(base, '/customer/id'), '/customer/id', REQUIRED],
    ['missing customer.email', without(base, '/customer/email'), '/customer/email', REQUIRED],
    // wrong types
    ['a JSON array body', [base], '', /must be object/],
    ['a null body', null, '', /must be object/],
    ['amount as a string', set('/amount', '4999'), '/amount', /must be integer/],
    ['event_id as a number', set('/event_id', 42), '/event_id', /must be string/],
    [
      'customer as a string',
      set('/customer', 'jane.doe@example.com'),
      '/customer',
      /must be object/,
    ],
    ['metadata as an array', set('/metadata', ['a']), '/metadata', /must be object/],
    [
      'a metadata value that is not a string',
      set('/metadata', { order_id: 10042 }),
      '/metadata/order_id',
      /must be string/,
    ],
    // unknown enum values
    [
      'an unknown event type',
      set('/event_type', 'payment.disputed'),
      '/event_type',
      /must be one of: payment\.created, /,
    ],
    [
      'an event type in the wrong case',
      set('/event_type', 'PAYMENT.SUCCEEDED'),
      '/event_type',
      /must be one of/,
    ],
    // amounts
    ['a negative amount', set('/amount', -1), '/amount', /must be >= 0/],
    ['a fractional amount', set('/amount', 49.99), '/amount', /must be integer/],
    [
      'an amount above the maximum',
      set('/amount', 100_000_000_001),
      '/amount',
      /must be <= 100000000000/,
    ],
    // currencies
    [
      'a lower-case currency',
      set('/currency', 'usd'),
      '/currency',
      /must be one of the \d+ values/,
    ],
    ['a two-letter currency', set('/currency', 'US'), '/currency', /must be one of/],
    ['a made-up currency', set('/currency', 'XYZ'), '/currency', /must be one of/],
    // emails
    ...[
      'not-an-email',
      'jane@',
      '@example.com',
      'jane doe@example.com',
      'jane.doe(at)example.com',
    ].map(
      (email): RejectionCase => [
        `email ${email}`,
        set('/customer/email', email),
        '/customer/email',
        /must match format "email"/,
      ],
    ),
    // oversize strings and collections
    [
      'a 129-character event id',
      set('/event_id', long(129)),
      '/event_id',
      /more than 128 characters/,
    ],
    [
      'a 65-character transaction id',
      set('/transaction_id', long(65)),
      '/transaction_id',
      /more than 64 characters/,
    ],
    ['a 33-character provider', set('/provider', long(33)), '/provider', /more than 32 characters/],
    [
      'a 65-character customer id',
      set('/customer/id', long(65)),
      '/customer/id',
      /more than 64 characters/,
    ],
    [
      'a 255-character email',
      set('/customer/email', `${long(243)}@example.com`),
      '/customer/email',
      /more than 254 characters/,
    ],
    [
      'a 201-character metadata value',
      set('/metadata', { note: long(201) }),
      '/metadata/note',
      /more than 200 characters/,
    ],
    [
      '11 metadata entries',
      set('/metadata', Object.fromEntries([...Array(11).keys()].map((i) => [`k${i}`, 'v']))),
      '/metadata',
      /more than 10 properties/,
    ],
    [
      'a 41-character metadata key',
      set('/metadata', { [long(41)]: 'v' }),
      `/${'metadata'}/${long(41)}`,
      NOT_ALLOWED,
    ],
    // empty strings
    ...['event_id', 'provider', 'transaction_id', 'customer/id', 'occurred_at'].map(
      (field): RejectionCase => [
        `an empty ${field}`,
        set(`/${field}`, ''),
        `/${field}`,
        /fewer than \d+ characters/,
      ],
    ),
    ['an empty metadata key', set('/metadata', { '': 'v' }), '/metadata/', NOT_ALLOWED],
    // patterns and formats
    [
      'a transaction id with a slash',
      set('/transaction_id', 'txn/../1'),
      '/transaction_id',
      /must match pattern/,
    ],
    ['an event id with a space', set('/event_id', 'evt 1'), '/event_id', /must match pattern/],
    ['an upper-case provider', set('/provider', 'Stripe'), '/provider', /must match pattern/],
    [
      'an event time without an offset',
      set('/occurred_at', '2026-03-02T10:15:30.000'),
      '/occurred_at',
      /must match format "date-time"/,
    ],
    [
      'an event time that is not a date',
      set('/occurred_at', 'yesterday at noon'),
      '/occurred_at',
      /date-time/,
    ],
    [
      'an impossible date',
      set('/occurred_at', '2026-02-30T10:15:30Z'),
      '/occurred_at',
      /date-time/,
    ],
    // extra fields (rejected by the documented policy)
    ['an unknown top-level field', set('/signature', 'v1=abc'), '/signature', NOT_ALLOWED],
    ['an unknown customer field', set('/customer/name', 'Jane'), '/customer/name', NOT_ALLOWED],
    ['a field name needing JSON Pointer escapes', set('/a~b', 1), '/a~0b', NOT_ALLOWED],
  ];

  it.each(cases)('rejects %s', (_label, input, path, message) => {
    expectRejectedAt(webhookEventValidator, input, path, message);
  });

  it('reports every problem of a body at once', () => {
    const input = withValue(set('/amount', -5), '/currency', 'usd');

    const result = webhookEventValidator.validate(input);

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toEqual(['/amount', '/currency']);
  });
});
