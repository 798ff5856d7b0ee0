import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { Telemetry } from './scenario';

/** Logger and metrics surface every handler uses (Powertools' own method names). */
export interface HandlerTelemetry {
  readonly logger: {
    info(message: string, ...attributes: Record<string, unknown>[]): void;
    warn(message: string, ...attributes: Record<string, unknown>[]): void;
    error(message: string, ...attributes: Record<string, unknown>[]): void;
    appendKeys(attributes: Record<string, unknown>): void;
    resetKeys(): void;
    addContext(context: unknown): void;
  };
  readonly metrics: {
    addMetric(name: string, unit: 'Count', value: number): unknown;
    publishStoredMetrics(): void;
  };
}

const silent: HandlerTelemetry = {
  logger: {
    info: () => undefined,
    warn: () => undefined,
    error: () => undefined,
    appendKeys: () => undefined,
    resetKeys: () => undefined,
    addContext: () => undefined,
  },
  metrics: { addMetric: () => undefined, publishStoredMetrics: () => undefined },
};

/**
 * `silent`: the handler's own work only. `powertools`: the real Logger and Metrics, writing JSON
 * log lines and EMF to stdout (discarded by the harness) as in Lambda.
 */
export function telemetryFor(kind: Telemetry, serviceName: string): HandlerTelemetry {
  if (kind === 'silent') return silent;
  const logger = new Logger({ serviceName });
  const metrics = new Metrics({ serviceName, namespace: 'PaymentWebhooks' });
  return {
    logger: logger as unknown as HandlerTelemetry['logger'],
    metrics: metrics as unknown as HandlerTelemetry['metrics'],
  };
}
