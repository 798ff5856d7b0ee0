import type { Timer } from '../ports/clock';
import type { RateLimiter } from '../ports/rate-limiter';

export interface TokenBucketOptions {
  readonly ratePerSecond: number;
  /**
   * Tokens that may accumulate while idle. 1 (the default) spaces every publish at least
   * 1/rate apart, so no sliding one-second window ever holds more than `ratePerSecond` sends.
   * A larger capacity would let a burst through at once after a quiet period.
   */
  readonly capacity?: number;
  readonly timer: Timer;
}

/**
 * Per-container publish pacing. SNS suspends an email subscription that receives more than 10
 * messages per second, and the operations subscription receives every message, so the sender as
 * a whole must stay below that: per-container rate x the event source's MaximumConcurrency.
 * Callers are served in arrival order.
 */
export class TokenBucket implements RateLimiter {
  private readonly capacity: number;
  private tokens: number;
  private refilledAt: number;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly options: TokenBucketOptions) {
    if (!(options.ratePerSecond > 0)) throw new RangeError('ratePerSecond must be positive');
    this.capacity = Math.max(1, options.capacity ?? 1);
    this.tokens = this.capacity;
    this.refilledAt = options.timer.nowMs();
  }

  acquire(): Promise<void> {
    const turn = this.queue.then(() => this.take());
    // The caller sees a failure through `turn`; the queue itself must keep serving later callers.
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async take(): Promise<void> {
    for (;;) {
      this.refill();
      if (this.tokens >= 1) {
        this.tokens -= 1;
        return;
      }
      const missing = 1 - this.tokens;
      await this.options.timer.sleep(Math.ceil((missing * 1000) / this.options.ratePerSecond));
    }
  }

  private refill(): void {
    const now = this.options.timer.nowMs();
    const earned = ((now - this.refilledAt) * this.options.ratePerSecond) / 1000;
    this.tokens = Math.min(this.capacity, this.tokens + earned);
    this.refilledAt = now;
  }
}
