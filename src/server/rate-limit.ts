/**
 * Per-caller rate limiting: a token bucket per key (an API user, or the address of a caller
 * without a valid token), refilled continuously. In memory: one process serves the API.
 */

export interface RateLimitResult {
  allowed: boolean;
  /** Requests left in the bucket after this one. */
  remaining: number;
  /** Seconds until one more request is allowed (0 when allowed). */
  retryAfter: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly perMs: number;

  /** `limit` requests per `windowMs`, with bursts up to `limit`. */
  constructor(
    readonly limit: number,
    readonly windowMs = 60_000,
    private readonly clock: () => number = Date.now,
  ) {
    this.perMs = limit / windowMs;
  }

  take(key: string): RateLimitResult {
    const t = this.clock();
    const bucket = this.buckets.get(key) ?? { tokens: this.limit, at: t };
    bucket.tokens = Math.min(this.limit, bucket.tokens + (t - bucket.at) * this.perMs);
    bucket.at = t;
    this.buckets.set(key, bucket);
    if (this.buckets.size > 10_000) this.sweep(t);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, remaining: Math.floor(bucket.tokens), retryAfter: 0 };
    }
    return { allowed: false, remaining: 0, retryAfter: Math.ceil((1 - bucket.tokens) / this.perMs / 1000) };
  }

  /** Forgets full buckets, so memory stays bounded by the callers of the last window. */
  private sweep(t: number): void {
    for (const [key, b] of this.buckets)
      if (b.tokens + (t - b.at) * this.perMs >= this.limit) this.buckets.delete(key);
  }
}
