/**
 * The only module that reads `process.env`. Everything else receives these values through
 * constructor arguments or deps, so it runs the same under test, locally and in Lambda.
 */
export interface WebhookProcessorConfig {
  readonly region: string;
  readonly tableName: string;
  readonly queueUrl: string;
  /** Local emulator endpoint; absent in AWS. */
  readonly endpoint?: string;
  readonly serviceName: string;
  readonly metricsNamespace: string;
}

type Environment = Readonly<Record<string, string | undefined>>;

export function loadConfig(env: Environment = process.env): WebhookProcessorConfig {
  const endpoint = optional(env, 'AWS_ENDPOINT_URL');
  return {
    region: required(env, 'AWS_REGION'),
    tableName: required(env, 'TABLE_NAME'),
    queueUrl: required(env, 'QUEUE_URL'),
    ...(endpoint ? { endpoint } : {}),
    serviceName: optional(env, 'POWERTOOLS_SERVICE_NAME') ?? 'webhook-processor',
    metricsNamespace: optional(env, 'POWERTOOLS_METRICS_NAMESPACE') ?? 'PaymentWebhooks',
  };
}

/**
 * The X-Ray trace header of the current invocation. Lambda sets `_X_AMZN_TRACE_ID` anew for each
 * invocation, so it is read at call time rather than once at init.
 */
export function currentTraceHeader(env: Environment = process.env): string | undefined {
  return optional(env, '_X_AMZN_TRACE_ID');
}

function required(env: Environment, name: string): string {
  const value = optional(env, name);
  if (!value) throw new Error(`Environment variable ${name} is required`);
  return value;
}

function optional(env: Environment, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}
