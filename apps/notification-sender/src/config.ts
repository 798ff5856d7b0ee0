import { MAX_EMAILS_PER_SECOND } from '@payments/contracts/lambda';

/** Settings of the notification sender. The only module that reads `process.env`. */
export interface SenderConfig {
  readonly tableName: string;
  readonly queueUrl: string;
  readonly topicArn: string;
  /** Publishes per second this container may make (token bucket). */
  readonly emailsPerSecond: number;
  readonly region: string;
  /** Local emulator endpoint; unset in AWS. */
  readonly endpoint?: string;
  readonly serviceName: string;
  readonly metricsNamespace: string;
  readonly logLevel: LogLevel;
}

const LOG_LEVELS = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'CRITICAL', 'SILENT'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const DEFAULT_EMAILS_PER_SECOND = 4;

type Environment = Record<string, string | undefined>;

export function loadConfig(env: Environment = process.env): SenderConfig {
  return {
    tableName: required(env, 'TABLE_NAME'),
    queueUrl: required(env, 'QUEUE_URL'),
    topicArn: required(env, 'TOPIC_ARN'),
    emailsPerSecond: emailsPerSecond(env['EMAILS_PER_SECOND']),
    // The stack is pinned to us-east-2; Lambda always sets AWS_REGION, local runs may not.
    region: env['AWS_REGION'] || 'us-east-2',
    ...(env['AWS_ENDPOINT_URL'] ? { endpoint: env['AWS_ENDPOINT_URL'] } : {}),
    serviceName: env['POWERTOOLS_SERVICE_NAME'] || 'notification-sender',
    metricsNamespace: env['POWERTOOLS_METRICS_NAMESPACE'] || 'PaymentWebhooks',
    logLevel: logLevel(env['POWERTOOLS_LOG_LEVEL']),
  };
}

/**
 * The X-Ray trace header of the current invocation. Lambda sets it per invocation, so it is read
 * at call time, not at init.
 */
export function currentTraceHeader(env: Environment = process.env): string | undefined {
  return env['_X_AMZN_TRACE_ID'] || undefined;
}

function required(env: Environment, name: string): string {
  const value = env[name];
  // Failing at init surfaces a wiring mistake on the first invocation instead of a 500 per call.
  if (!value) throw new Error(`Missing required environment variable ${name}`);
  return value;
}

function emailsPerSecond(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_EMAILS_PER_SECOND;
  const rate = Number(value);
  // Above the workspace-wide budget a single container alone could get subscriptions suspended.
  if (!Number.isFinite(rate) || rate <= 0 || rate > MAX_EMAILS_PER_SECOND) {
    throw new Error(
      `EMAILS_PER_SECOND must be a number in (0, ${MAX_EMAILS_PER_SECOND}]: ${value}`,
    );
  }
  return rate;
}

function logLevel(value: string | undefined): LogLevel {
  const upper = (value ?? '').toUpperCase();
  return (LOG_LEVELS as readonly string[]).includes(upper) ? (upper as LogLevel) : 'INFO';
}
