import {
  expectRejectedAt,
  long,
  withValue,
  without,
  type RejectionCase,
} from '../../test/contract-table';
import { notifyAckExample } from '../openapi/examples/response-examples';
import { notifyRequestExample } from '../openapi/examples/webhook-event-examples';
import { compileValidator } from '../validation/compile-validator';
import { notifyRequestValidator } from '../validation/validators';
import { NotifyAckSchema } from './notify';

describe('NotifyRequest contract', () => {
  const base = notifyRequestExample();
  const set = (pointer: string, value: unknown) => withValue(base, pointer, value);

  it.each([
    ['the documented example', base],
    ['no reason', without(base, '/reason')],
    ['a 64-character request id', set('/request_id', long(64))],
    ['a 200-character reason', set('/reason', long(200))],
  ])('accepts %s', (_label, input) => {
    expect(notifyRequestValidator.validate(input)).toMatchObject({ ok: true });
  });

  const cases: RejectionCase[] = [
    ['missing request_id', without(base, '/request_id'), '/request_id', /is required/],
    ['a numeric request_id', set('/request_id', 7), '/request_id', /must be string/],
    ['a null reason', set('/reason', null), '/reason', /must be string/],
    ['an empty request_id', set('/request_id', ''), '/request_id', /fewer than 1 characters/],
    ['an empty reason', set('/reason', ''), '/reason', /fewer than 1 characters/],
    ['a 65-character request_id', set('/request_id', long(65)), '/request_id', /more than 64/],
    ['a 201-character reason', set('/reason', long(201)), '/reason', /more than 200/],
    [
      'a request_id with spaces',
      set('/request_id', 'resend 1'),
      '/request_id',
      /must match pattern/,
    ],
    ['an extra field', set('/channel', 'sms'), '/channel', /is not an allowed field/],
    ['an array body', [base], '', /must be object/],
  ];

  it.each(cases)('rejects %s', (_label, input, path, message) => {
    expectRejectedAt(notifyRequestValidator, input, path, message);
  });
});

describe('NotifyAck contract', () => {
  const validator = compileValidator(NotifyAckSchema);
  const base = notifyAckExample();

  it('accepts the documented example', () => {
    expect(validator.validate(base)).toMatchObject({ ok: true });
  });

  it.each<RejectionCase>([
    ['an unknown status', withValue(base, '/status', 'sent'), '/status', /must be one of: queued/],
    [
      'a missing notification id',
      without(base, '/notification_id'),
      '/notification_id',
      /required/,
    ],
    ['a bad transaction id', withValue(base, '/transaction_id', ''), '/transaction_id', /fewer/],
    ['an extra field', withValue(base, '/email', 'x@example.com'), '/email', /not an allowed/],
  ])('rejects %s', (_label, input, path, message) => {
    expectRejectedAt(validator, input, path, message);
  });
});
