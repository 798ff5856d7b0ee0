/** Stage throttling of one route: a steady rate and a token-bucket burst. */
export interface RouteThrottle {
  readonly rateLimit: number;
  readonly burstLimit: number;
}

/**
 * Throttling that keeps a route's callers below what its function's reserved concurrency can
 * serve, so overload is API Gateway's 429 (which senders retry) instead of a throttled Lambda
 * surfacing as a 500.
 *
 * A token bucket admits at most `burst + rate * d` requests in any window of `d` seconds, and
 * that bounds the requests in flight when each takes at most `d` seconds. With half of the
 * available concurrency as burst and half as rate, the bound stays within the reservation for
 * any request duration up to one second; the handlers make one to three AWS calls, far below.
 *
 * @param availableConcurrency the function's reserved concurrency minus what other event
 *   sources (the queue's event source mapping) may hold at the same time
 */
export function throttleForConcurrency(availableConcurrency: number): RouteThrottle {
  if (!Number.isInteger(availableConcurrency) || availableConcurrency < 2) {
    throw new Error(
      `A route needs at least 2 concurrent executions for API callers (one for the burst, one ` +
        `for the rate), got ${availableConcurrency}: raise the function's reserved concurrency`,
    );
  }
  const half = Math.floor(availableConcurrency / 2);
  return { rateLimit: half, burstLimit: half };
}
