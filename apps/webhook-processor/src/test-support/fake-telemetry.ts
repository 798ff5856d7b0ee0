import type { WebhookHandlerDeps } from '../handler';

/** Logger, metrics and tracer doubles that record what the handler reports. */
export function fakeTelemetry() {
  const metrics: string[] = [];
  const logKeys: Record<string, unknown> = {};
  const logs: { level: string; message: string }[] = [];
  const annotations: Record<string, unknown> = {};
  const record =
    (level: string) =>
    (message: unknown, ..._extra: unknown[]): void => {
      logs.push({ level, message: String(message) });
    };
  const deps: Pick<WebhookHandlerDeps, 'logger' | 'metrics' | 'tracer'> = {
    logger: {
      info: record('info'),
      warn: record('warn'),
      error: record('error'),
      appendKeys: (keys) => void Object.assign(logKeys, keys),
    },
    metrics: {
      addMetric(name) {
        metrics.push(name);
        return this as never;
      },
    },
    tracer: { putAnnotation: (key, value) => void (annotations[key] = value) },
  };
  return { deps, metrics, logKeys, logs, annotations };
}
