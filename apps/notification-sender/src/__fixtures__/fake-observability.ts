import type { AppLogger, AppMetrics, LogAttributes } from '../ports/observability';

export interface LogEntry {
  readonly level: 'info' | 'warn' | 'error';
  readonly message: string;
  readonly attributes: LogAttributes;
}

/** Records log lines together with the keys appended at the time. */
export class FakeLogger implements AppLogger {
  readonly entries: LogEntry[] = [];
  private keys: LogAttributes = {};

  info(message: string, ...attributes: LogAttributes[]): void {
    this.record('info', message, attributes);
  }
  warn(message: string, ...attributes: LogAttributes[]): void {
    this.record('warn', message, attributes);
  }
  error(message: string, ...attributes: LogAttributes[]): void {
    this.record('error', message, attributes);
  }
  private record(level: LogEntry['level'], message: string, attributes: LogAttributes[]): void {
    this.entries.push({ level, message, attributes: Object.assign({}, this.keys, ...attributes) });
  }
  appendKeys(attributes: LogAttributes): void {
    this.keys = { ...this.keys, ...attributes };
  }
  resetKeys(): void {
    this.keys = {};
  }
  addContext(): void {
    // The Lambda context adds nothing a test asserts on.
  }
}

export class FakeMetrics implements AppMetrics {
  readonly published: Record<string, number>[] = [];
  private stored: Record<string, number> = {};

  addMetric(name: string, _unit: 'Count', value: number): void {
    this.stored[name] = (this.stored[name] ?? 0) + value;
  }
  publishStoredMetrics(): void {
    this.published.push(this.stored);
    this.stored = {};
  }
  /** Every metric published so far, summed. */
  totals(): Record<string, number> {
    const totals: Record<string, number> = {};
    for (const batch of this.published) {
      for (const [name, value] of Object.entries(batch)) totals[name] = (totals[name] ?? 0) + value;
    }
    return totals;
  }
}
