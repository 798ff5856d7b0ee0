export interface WaitOptions {
  /** Give up after this long. */
  readonly timeoutMs: number;
  /** First pause between probes; it grows by half each time up to `maxIntervalMs`. */
  readonly intervalMs?: number;
  readonly maxIntervalMs?: number;
  /** Injected in unit tests. */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly now?: () => number;
}

/**
 * Bounded polling: probes until `accept` holds, and fails with what it was waiting for and the
 * last value it saw. Asynchronous effects (queue consumers, email delivery) are awaited this
 * way, never with a fixed sleep.
 */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T>,
  accept: (value: T) => boolean,
  options: WaitOptions,
): Promise<T> {
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  const now = options.now ?? Date.now;
  const deadline = now() + options.timeoutMs;
  let interval = options.intervalMs ?? 100;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await probe();
      lastError = undefined;
      if (accept(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (now() >= deadline) break;
    await sleep(Math.min(interval, Math.max(0, deadline - now())));
    interval = Math.min(interval * 1.5, options.maxIntervalMs ?? 2000);
  }
  const seen =
    lastError !== undefined ? `last error: ${String(lastError)}` : `last seen: ${preview(last)}`;
  throw new Error(`Timed out after ${options.timeoutMs} ms waiting for ${what}; ${seen}`);
}

function preview(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
}
