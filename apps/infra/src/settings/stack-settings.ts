import type { Node } from 'constructs';

/** Deploy-time knobs read from CDK context (`cdk.json` or `-c key=value`). */
export interface StackSettings {
  readonly reservedConcurrency: {
    readonly webhookProcessor: number;
    readonly transactionReader: number;
    readonly notificationSender: number;
  };
  /** `POWERTOOLS_LOG_LEVEL` of every function. */
  readonly logLevel: LogLevel;
}

export const LOG_LEVELS = ['DEBUG', 'INFO', 'WARN', 'ERROR'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Context keys, documented in the README. */
export const CONTEXT_KEYS = {
  webhookProcessor: 'webhookProcessorReservedConcurrency',
  transactionReader: 'transactionReaderReservedConcurrency',
  notificationSender: 'notificationSenderReservedConcurrency',
  logLevel: 'logLevel',
} as const;

/**
 * Defaults: the webhook route carries provider traffic (50), reads are occasional (20), and the
 * sender is capped by SNS's email rate more than by compute (10: two queue pollers plus eight
 * for the manual notify route, so a support tool clicking twice is not throttled).
 */
export const DEFAULT_SETTINGS: StackSettings = {
  reservedConcurrency: { webhookProcessor: 50, transactionReader: 20, notificationSender: 10 },
  logLevel: 'INFO',
};

export function stackSettingsFromContext(node: Node): StackSettings {
  const concurrency = (key: keyof StackSettings['reservedConcurrency']) =>
    positiveInteger(
      node.tryGetContext(CONTEXT_KEYS[key]),
      CONTEXT_KEYS[key],
      DEFAULT_SETTINGS.reservedConcurrency[key],
    );
  return {
    reservedConcurrency: {
      webhookProcessor: concurrency('webhookProcessor'),
      transactionReader: concurrency('transactionReader'),
      notificationSender: concurrency('notificationSender'),
    },
    logLevel: logLevel(node.tryGetContext(CONTEXT_KEYS.logLevel)),
  };
}

/** Context from `-c` arrives as a string, from `cdk.json` as a number: accept both. */
function positiveInteger(raw: unknown, key: string, fallback: number): number {
  if (raw === undefined || raw === null || raw === '') return fallback;
  const value = typeof raw === 'number' ? raw : Number(String(raw).trim());
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`Context ${key} must be a positive integer, got ${JSON.stringify(raw)}`);
  }
  return value;
}

function logLevel(raw: unknown): LogLevel {
  if (raw === undefined || raw === null || raw === '') return DEFAULT_SETTINGS.logLevel;
  const value = String(raw).trim().toUpperCase();
  if (!(LOG_LEVELS as readonly string[]).includes(value)) {
    throw new Error(`Context ${CONTEXT_KEYS.logLevel} must be one of ${LOG_LEVELS.join(', ')}`);
  }
  return value as LogLevel;
}
