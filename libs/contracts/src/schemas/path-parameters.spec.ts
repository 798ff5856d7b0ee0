import { expectRejectedAt, long, type RejectionCase } from '../../test/contract-table';
import { transactionPathParametersValidator } from '../validation/validators';

describe('TransactionPathParameters contract', () => {
  it.each(['txn_3MtwBwLkdIwHu7ix', 'A', '0-9_x', long(64)])('accepts id %s', (id) => {
    expect(transactionPathParametersValidator.validate({ id })).toMatchObject({ ok: true });
  });

  it.each<RejectionCase>([
    ['a missing id', {}, '/id', /is required/],
    ['a numeric id', { id: 42 }, '/id', /must be string/],
    ['an empty id', { id: '' }, '/id', /fewer than 1 characters/],
    ['a 65-character id', { id: long(65) }, '/id', /more than 64 characters/],
    ['a path traversal', { id: '../etc/passwd' }, '/id', /must match pattern/],
    ['an id starting with a dash', { id: '-txn' }, '/id', /must match pattern/],
    ['an injection-looking id', { id: "x' OR '1'='1" }, '/id', /must match pattern/],
    ['a non-ASCII id', { id: 'tränsaction' }, '/id', /must match pattern/],
    ['an extra parameter', { id: 'txn_1', other: 'x' }, '/other', /is not an allowed field/],
  ])('rejects %s', (_label, input, path, message) => {
    expectRejectedAt(transactionPathParametersValidator, input, path, message);
  });
});
