/** Settings of the transaction reader. The only module that reads `process.env`. */
export interface ReaderConfig {
  readonly tableName: string;
  readonly region: string;
  /** Local emulator endpoint; unset in AWS. */
  readonly endpoint?: string;
  readonly serviceName: string;
  readonly metricsNamespace: string;
  readonly logLevel: LogLevel;
}

const LOG_LEVELS = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'CRITICAL', 'SILENT'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

type Environment = Record<string, string | undefined>;

export function loadConfig(env: Environment = process.env): ReaderConfig {
  return {
    tableName: required(env, 'TABLE_NAME'),
    // The stack is pinned to us-east-2; Lambda always sets AWS_REGION, local runs may not.
    region: env['AWS_REGION'] || 'us-east-2',
    ...(env['AWS_ENDPOINT_URL'] ? { endpoint: env['AWS_ENDPOINT_URL'] } : {}),
    serviceName: env['POWERTOOLS_SERVICE_NAME'] || 'transaction-reader',
    metricsNamespace: env['POWERTOOLS_METRICS_NAMESPACE'] || 'PaymentWebhooks',
    logLevel: logLevel(env['POWERTOOLS_LOG_LEVEL']),
  };
}

function required(env: Environment, name: string): string {
  const value = env[name];
  // Failing at init surfaces a wiring mistake on the first invocation instead of a 500 per call.
  if (!value) throw new Error(`Missing required environment variable ${name}`);
  return value;
}

function logLevel(value: string | undefined): LogLevel {
  const upper = (value ?? '').toUpperCase();
  return (LOG_LEVELS as readonly string[]).includes(upper) ? (upper as LogLevel) : 'INFO';
}
