/** Resolves when one more email may be published without exceeding the configured rate. */
export interface RateLimiter {
  acquire(): Promise<void>;
}
