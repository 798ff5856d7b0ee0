import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import { API_OPERATIONS, type LambdaKey } from '@payments/contracts';
import type { RouteThrottle } from '../settings/api-throttling';

/** Execution logging and metrics of every method: INFO, never request or response bodies. */
const METHOD_DEFAULTS = {
  loggingLevel: apigateway.MethodLoggingLevel.INFO,
  dataTraceEnabled: false,
  metricsEnabled: true,
} as const;

/**
 * Stage method settings: one entry per route with its own throttle, plus the stage default
 * (`*`/`*`), which takes the strictest route's throttle for any method without an entry. Each
 * route entry repeats the logging settings: a method entry does not inherit the defaults.
 */
export function stageMethodSettings(
  throttles: Readonly<Record<LambdaKey, RouteThrottle>>,
): Pick<
  apigateway.StageOptions,
  | 'loggingLevel'
  | 'dataTraceEnabled'
  | 'metricsEnabled'
  | 'throttlingRateLimit'
  | 'throttlingBurstLimit'
  | 'methodOptions'
> {
  const values = Object.values(throttles);
  const strictest: RouteThrottle = {
    rateLimit: Math.min(...values.map((t) => t.rateLimit)),
    burstLimit: Math.min(...values.map((t) => t.burstLimit)),
  };
  return {
    ...METHOD_DEFAULTS,
    ...throttlingOf(strictest),
    methodOptions: Object.fromEntries(
      API_OPERATIONS.map((operation) => [
        `${operation.path}/${operation.method.toUpperCase()}`,
        { ...METHOD_DEFAULTS, ...throttlingOf(throttles[operation.lambda]) },
      ]),
    ),
  };
}

function throttlingOf(throttle: RouteThrottle) {
  return { throttlingRateLimit: throttle.rateLimit, throttlingBurstLimit: throttle.burstLimit };
}
