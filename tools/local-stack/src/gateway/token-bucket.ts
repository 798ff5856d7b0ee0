/**
 * API Gateway's throttling algorithm: a bucket of `burstLimit` tokens refilled at `rateLimit`
 * per second; a request takes a token or is answered 429.
 */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly rateLimit: number,
    private readonly burstLimit: number,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = burstLimit;
    this.updatedAt = now();
  }

  tryTake(): boolean {
    const now = this.now();
    this.tokens = Math.min(
      this.burstLimit,
      this.tokens + ((now - this.updatedAt) / 1000) * this.rateLimit,
    );
    this.updatedAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
