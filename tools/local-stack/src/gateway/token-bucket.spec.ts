import { TokenBucket } from './token-bucket';

describe('TokenBucket', () => {
  it('admits a burst, then refills at the rate', () => {
    let now = 0;
    const bucket = new TokenBucket(2, 3, () => now);

    const burst = [bucket.tryTake(), bucket.tryTake(), bucket.tryTake(), bucket.tryTake()];
    now = 500;
    const afterHalfSecond = [bucket.tryTake(), bucket.tryTake()];

    expect(burst).toEqual([true, true, true, false]);
    expect(afterHalfSecond).toEqual([true, false]);
  });

  it('never holds more than the burst', () => {
    let now = 0;
    const bucket = new TokenBucket(100, 1, () => now);
    now = 60_000;

    const taken = [bucket.tryTake(), bucket.tryTake()];

    expect(taken).toEqual([true, false]);
  });
});
