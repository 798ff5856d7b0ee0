import { throttleForConcurrency } from './api-throttling';

describe('throttleForConcurrency', () => {
  it.each([
    [50, 25],
    [20, 10],
    [3, 1],
    [2, 1],
  ])('gives %i concurrent executions a rate and burst of %i', (concurrency, expected) => {
    expect(throttleForConcurrency(concurrency)).toEqual({
      rateLimit: expected,
      burstLimit: expected,
    });
  });

  it('keeps burst plus one second of rate within the concurrency', () => {
    for (let concurrency = 2; concurrency <= 1000; concurrency++) {
      const { rateLimit, burstLimit } = throttleForConcurrency(concurrency);
      expect(burstLimit + rateLimit).toBeLessThanOrEqual(concurrency);
    }
  });

  it.each([1, 0, -1, 2.5])('refuses %s available executions', (concurrency) => {
    expect(() => throttleForConcurrency(concurrency)).toThrow(/at least 2 concurrent executions/);
  });
});
