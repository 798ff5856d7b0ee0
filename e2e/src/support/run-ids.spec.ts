import { runScopedIds } from './run-ids';

const RUN = 'run123';

describe('runScopedIds', () => {
  it('invents an address per label and run when there is no fixed list', () => {
    const ids = runScopedIds({ emailDomain: 'Example.COM' }, RUN);

    expect(ids.email('Happy')).toBe('e2e-run123-happy@example.com');
    expect(ids.email('iso-bob')).toBe('e2e-run123-iso-bob@example.com');
  });

  it('gives each new label the next fixed address and the same label the same address', () => {
    const ids = runScopedIds(
      { emailDomain: 'example.com', fixedRecipients: ['a@x.example', 'B@x.example'] },
      RUN,
    );

    const alice = ids.email('iso-alice');
    const bob = ids.email('iso-bob');

    expect([alice, bob]).toEqual(['a@x.example', 'b@x.example']);
    expect(ids.email('iso-alice')).toBe(alice);
    expect(ids.email('iso-bob')).toBe(bob);
  });

  it('reuses the fixed addresses in turn once every one is taken', () => {
    const ids = runScopedIds(
      { emailDomain: 'example.com', fixedRecipients: ['a@x.example', 'b@x.example'] },
      RUN,
    );

    const addresses = ['seq', 'race', 'conflict', 'seq'].map((label) => ids.email(label));

    expect(addresses).toEqual(['a@x.example', 'b@x.example', 'a@x.example', 'a@x.example']);
  });

  it('keeps transaction and event ids unique to the run with a fixed list', () => {
    const ids = runScopedIds(
      { emailDomain: 'example.com', fixedRecipients: ['a@x.example', 'b@x.example'] },
      RUN,
    );

    expect(ids.transactionId('happy')).toBe('e2e-run123-happy');
    expect(ids.eventId('happy')).toBe('e2e-run123-happy');
    expect(ids.customerId('happy')).toBe('cus-run123-happy');
  });
});
