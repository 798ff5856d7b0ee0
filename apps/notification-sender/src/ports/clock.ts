/** Wall-clock time for timestamps written to the table and the queue. */
export interface Clock {
  now(): Date;
}

/** Monotonic time and waiting, for pacing (the rate limiter); a fake drives it in tests. */
export interface Timer {
  nowMs(): number;
  sleep(ms: number): Promise<void>;
}
