import { FakeTimer } from '../__fixtures__/fakes';
import { TokenBucket } from './token-bucket';

/** The largest number of acquisitions inside any window [t, t + 1000 ms). */
function maxPerSecond(times: number[]): number {
  return Math.max(
    ...times.map((start) => times.filter((t) => t >= start && t < start + 1000).length),
  );
}

describe('TokenBucket', () => {
  it('never lets a burst of 20 exceed the rate in any one-second window', async () => {
    // Prepare
    const timer = new FakeTimer();
    const bucket = new TokenBucket({ ratePerSecond: 4, timer });
    const times: number[] = [];

    // Act: 20 concurrent callers, as if a batch all became ready at once.
    await Promise.all(
      Array.from({ length: 20 }, () => bucket.acquire().then(() => times.push(timer.nowMs()))),
    );

    // Assess
    expect(times).toHaveLength(20);
    expect(maxPerSecond(times)).toBeLessThanOrEqual(4);
    expect(timer.nowMs()).toBe(19 * 250);
  });

  it('keeps a fractional rate', async () => {
    const timer = new FakeTimer();
    const bucket = new TokenBucket({ ratePerSecond: 3, timer });
    const times: number[] = [];

    for (let i = 0; i < 10; i += 1) {
      await bucket.acquire();
      times.push(timer.nowMs());
    }

    expect(maxPerSecond(times)).toBeLessThanOrEqual(3);
  });

  it('does not wait after an idle period, and does not bank more than its capacity', async () => {
    const timer = new FakeTimer();
    const bucket = new TokenBucket({ ratePerSecond: 4, timer });
    await bucket.acquire();
    timer.current += 60_000;
    const before = timer.sleeps.length;

    await bucket.acquire();
    await bucket.acquire();

    expect(timer.sleeps.slice(before)).toEqual([250]);
  });

  it('keeps serving callers after a failed wait', async () => {
    const timer = new FakeTimer();
    const bucket = new TokenBucket({ ratePerSecond: 4, timer });
    await bucket.acquire();
    const sleep = jest.spyOn(timer, 'sleep').mockRejectedValueOnce(new Error('interrupted'));

    await expect(bucket.acquire()).rejects.toThrow('interrupted');
    await expect(bucket.acquire()).resolves.toBeUndefined();
    sleep.mockRestore();
  });

  it('rejects a non-positive rate', () => {
    expect(() => new TokenBucket({ ratePerSecond: 0, timer: new FakeTimer() })).toThrow(RangeError);
  });
});
