import {
  expectRejectedAt,
  long,
  withValue,
  without,
  type RejectionCase,
} from '../../test/contract-table';
import { errorExamples, validationFailedExamples } from '../openapi/examples/error-examples';
import { transactionViewExample, webhookAckExample } from '../openapi/examples/response-examples';
import { compileValidator } from '../validation/compile-validator';
import { ErrorResponseSchema } from './error-response';
import { TransactionViewSchema } from './transaction-view';
import { WebhookAckSchema } from './webhook-ack';

describe('WebhookAck contract', () => {
  const validator = compileValidator(WebhookAckSchema);

  it.each(['accepted', 'duplicate'] as const)('accepts status %s', (status) => {
    expect(validator.validate(webhookAckExample(status))).toMatchObject({ ok: true });
  });

  it.each<RejectionCase>([
    [
      'an unknown status',
      withValue(webhookAckExample('accepted'), '/status', 'ok'),
      '/status',
      /must be one of: accepted, duplicate/,
    ],
    [
      'a missing event id',
      without(webhookAckExample('accepted'), '/event_id'),
      '/event_id',
      /is required/,
    ],
    [
      'an extra field',
      withValue(webhookAckExample('accepted'), '/received_at', 'x'),
      '/received_at',
      /not an allowed/,
    ],
  ])('rejects %s', (_label, input, path, message) => {
    expectRejectedAt(validator, input, path, message);
  });
});

describe('TransactionView contract', () => {
  const validator = compileValidator(TransactionViewSchema);
  const base = transactionViewExample();
  const set = (pointer: string, value: unknown) => withValue(base, pointer, value);

  it('accepts the documented example', () => {
    expect(validator.validate(base)).toMatchObject({ ok: true });
  });

  it.each<RejectionCase>([
    ['a missing status', without(base, '/status'), '/status', /is required/],
    ['an unknown status', set('/status', 'disputed'), '/status', /must be one of/],
    ['a fractional amount', set('/amount', 1.5), '/amount', /must be integer/],
    ['a negative event amount', set('/events/0/amount', -1), '/events/0/amount', />= 0/],
    [
      'an unknown notification state',
      set('/notifications/state', 'failed'),
      '/notifications/state',
      /must be one of: pending, sent/,
    ],
    [
      'an unknown trigger',
      set('/notifications/sent/0/trigger', 'cron'),
      '/notifications/sent/0/trigger',
      /must be one of: event, manual/,
    ],
    ['a bad customer email', set('/customer/email', 'nope'), '/customer/email', /format "email"/],
    ['events that are not a list', set('/events', {}), '/events', /must be array/],
    ['an extra field', set('/card_number', '4242'), '/card_number', /not an allowed/],
  ])('rejects %s', (_label, input, path, message) => {
    expectRejectedAt(validator, input, path, message);
  });
});

describe('ErrorResponse contract', () => {
  const validator = compileValidator(ErrorResponseSchema);
  const examples = [
    ...Object.values(errorExamples()),
    ...Object.values(validationFailedExamples()),
  ].flatMap((byName) => Object.values(byName).map((named) => named.value));
  const base = examples[0] as object;

  it.each(examples.map((e) => [e.code, e]))(
    'accepts the documented %s example',
    (_code, example) => {
      expect(validator.validate(example)).toMatchObject({ ok: true });
    },
  );

  it('accepts a body without request_id', () => {
    expect(validator.validate(without(base, '/request_id'))).toMatchObject({ ok: true });
  });

  it.each<RejectionCase>([
    [
      'an unknown code',
      withValue(base, '/code', 'TEAPOT'),
      '/code',
      /must be one of: VALIDATION_FAILED, /,
    ],
    ['a missing errors list', without(base, '/errors'), '/errors', /is required/],
    [
      'a field error without a path',
      withValue(base, '/errors', [{ message: 'x' }]),
      '/errors/0/path',
      /is required/,
    ],
    ['an oversize message', withValue(base, '/message', long(2001)), '/message', /more than 2000/],
    ['an extra field', withValue(base, '/stack', 'at x'), '/stack', /not an allowed/],
  ])('rejects %s', (_label, input, path, message) => {
    expectRejectedAt(validator, input, path, message);
  });
});
