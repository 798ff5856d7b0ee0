import { waitFor } from './wait-for';

function fakeClock() {
  let time = 0;
  const pauses: number[] = [];
  return {
    now: () => time,
    sleep: async (ms: number) => {
      pauses.push(ms);
      time += ms;
    },
    pauses,
  };
}

describe('waitFor', () => {
  it('returns the first accepted value, backing off between probes', async () => {
    const clock = fakeClock();
    const values = [1, 2, 3, 4];

    const value = await waitFor(
      'four',
      async () => values.shift() ?? 0,
      (v) => v === 3,
      {
        timeoutMs: 10_000,
        intervalMs: 100,
        ...clock,
      },
    );

    expect(value).toBe(3);
    expect(clock.pauses).toEqual([100, 150]);
  });

  it('keeps probing through errors', async () => {
    const clock = fakeClock();
    let calls = 0;

    const value = await waitFor(
      'a value',
      async () => {
        calls += 1;
        if (calls < 3) throw new Error('not yet');
        return 'ok';
      },
      () => true,
      { timeoutMs: 10_000, ...clock },
    );

    expect(value).toBe('ok');
  });

  it('fails after the timeout naming what it waited for and the last value', async () => {
    const clock = fakeClock();

    const waiting = waitFor(
      'one email',
      async () => ({ emails: 0 }),
      () => false,
      {
        timeoutMs: 1000,
        maxIntervalMs: 300,
        ...clock,
      },
    );

    await expect(waiting).rejects.toThrow(
      'Timed out after 1000 ms waiting for one email; last seen: {"emails":0}',
    );
    expect(clock.now()).toBe(1000);
  });

  it('reports the last error when the probe never succeeded', async () => {
    const clock = fakeClock();

    const waiting = waitFor(
      'the API',
      async () => {
        throw new Error('ECONNREFUSED');
      },
      () => true,
      { timeoutMs: 500, ...clock },
    );

    await expect(waiting).rejects.toThrow('last error: Error: ECONNREFUSED');
  });
});
