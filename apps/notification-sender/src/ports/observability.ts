import type { Context } from 'aws-lambda';

export type LogAttributes = Record<string, unknown>;

/** The part of the Powertools Logger the handler uses; tests pass a recording fake. */
export interface AppLogger {
  info(message: string, ...attributes: LogAttributes[]): void;
  warn(message: string, ...attributes: LogAttributes[]): void;
  error(message: string, ...attributes: LogAttributes[]): void;
  /** Keys added to every log line of this invocation (cleared by `resetKeys`). */
  appendKeys(attributes: LogAttributes): void;
  resetKeys(): void;
  addContext(context: Context): void;
}

/** The part of Powertools Metrics the handler uses (EMF, flushed once per invocation). */
export interface AppMetrics {
  addMetric(name: string, unit: 'Count', value: number): void;
  publishStoredMetrics(): void;
}
