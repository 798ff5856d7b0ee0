import { fixedRecipientsFor } from './fixed-recipients';

describe('fixedRecipientsFor', () => {
  it('uses the listed addresses for an aws run, trimmed, lower case and without repeats', () => {
    const env = { E2E_RECIPIENTS: ' Alice@X.example, bob@x.example,,alice@x.example ' };

    const recipients = fixedRecipientsFor('aws', env);

    expect(recipients).toEqual(['alice@x.example', 'bob@x.example']);
  });

  it('fails an aws run without E2E_RECIPIENTS, saying how to set it and why', () => {
    const attempt = () => fixedRecipientsFor('aws', {});

    expect(attempt).toThrow('E2E_TARGET=aws needs E2E_RECIPIENTS');
    expect(attempt).toThrow('pending until a person');
    expect(attempt).toThrow(/E2E_RECIPIENTS=\S+@\S+,\S+@\S+/);
  });

  it('fails an aws run with a blank E2E_RECIPIENTS', () => {
    expect(() => fixedRecipientsFor('aws', { E2E_RECIPIENTS: ' ' })).toThrow(
      'needs E2E_RECIPIENTS',
    );
  });

  it('fails an aws run with fewer than two different addresses', () => {
    const attempt = () => fixedRecipientsFor('aws', { E2E_RECIPIENTS: 'a@x.example,A@x.example' });

    expect(attempt).toThrow('at least 2 different addresses (got 1)');
  });

  it('names the entries that are not addresses', () => {
    const attempt = () =>
      fixedRecipientsFor('aws', { E2E_RECIPIENTS: 'a@x.example;b@x.example,c@x.example' });

    expect(attempt).toThrow('not email addresses: a@x.example;b@x.example');
  });

  it('leaves a local run to invent its addresses, even when the list is set', () => {
    expect(fixedRecipientsFor('local', {})).toBeUndefined();
    expect(
      fixedRecipientsFor('local', { E2E_RECIPIENTS: 'a@x.example,b@x.example' }),
    ).toBeUndefined();
  });
});
