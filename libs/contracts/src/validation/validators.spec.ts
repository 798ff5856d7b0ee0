import { webhookEventValidator } from './validators';

describe('webhookEventValidator (smoke)', () => {
  it('reports every error with a JSON Pointer', () => {
    const result = webhookEventValidator.validate({ amount: 1.5, currency: 'usd', extra: 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['/event_id', '/amount', '/currency', '/extra']));
  });
});
