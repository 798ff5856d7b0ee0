import { round } from '../shared/stats';
import { OTHER_PRICES, PRICES } from './price-table';
import type { Usage } from './usage';

export type CostCategory = 'core' | 'email' | 'tracing';

export interface CostLine {
  readonly service: string;
  readonly item: string;
  /** Billing units per delivery, in the unit the price is quoted in (requests, GB-s, KB, ...). */
  readonly perWebhook: number;
  readonly unit: string;
  readonly usdPerMillion: number;
  readonly category: CostCategory;
}

export interface PricingOptions {
  /** Share of requests X-Ray records (0..1). */
  readonly sampling: number;
  /** REST (as built) or HTTP API requests. */
  readonly api?: 'rest' | 'http';
}

export interface PricedUsage {
  readonly lines: readonly CostLine[];
  /** USD per million deliveries. */
  readonly core: number;
  readonly tracing: number;
  readonly email: number;
  readonly excludingEmail: number;
  readonly total: number;
}

/** Usage per delivery times the price table: USD per million webhook deliveries. */
export function priceUsage(usage: Usage, options: PricingOptions): PricedUsage {
  const million = 1_000_000;
  const gb = 1024 ** 3;
  const apiPrice =
    options.api === 'http'
      ? OTHER_PRICES.apiGatewayHttpPerMillion.usd
      : PRICES.apiGatewayRestPerMillion.usd;
  const logUsd = (bytes: number) => ((bytes * million) / gb) * PRICES.logsIngestionPerGb.usd;
  const line = (
    service: string,
    item: string,
    perWebhook: number,
    unit: string,
    usdPerMillion: number,
    category: CostCategory = 'core',
  ): CostLine => ({ service, item, perWebhook, unit, usdPerMillion, category });

  const lines: CostLine[] = [
    line(
      'API Gateway',
      `${options.api === 'http' ? 'HTTP' : 'REST'} API requests`,
      usage.apiRequests,
      'requests',
      usage.apiRequests * apiPrice,
    ),
    ...(['webhook-processor', 'notification-sender'] as const).flatMap((fn) => [
      line(
        'Lambda',
        `${fn} invocations`,
        usage.lambda[fn].invocations,
        'requests',
        usage.lambda[fn].invocations * PRICES.lambdaRequestsPerMillion.usd,
      ),
      line(
        'Lambda',
        `${fn} duration`,
        usage.lambda[fn].gbSeconds,
        'GB-s',
        usage.lambda[fn].gbSeconds * million * PRICES.lambdaArm64PerGbSecond.usd,
      ),
    ]),
    line(
      'DynamoDB',
      'write request units',
      usage.dynamoDbWriteUnits,
      'WRU',
      usage.dynamoDbWriteUnits * PRICES.dynamoDbWriteUnitsPerMillion.usd,
    ),
    line(
      'DynamoDB',
      'read request units',
      usage.dynamoDbReadUnits,
      'RRU',
      usage.dynamoDbReadUnits * PRICES.dynamoDbReadUnitsPerMillion.usd,
    ),
    line(
      'SQS',
      'requests (sends + event source polling)',
      usage.sqsRequests,
      'requests',
      usage.sqsRequests * PRICES.sqsRequestsPerMillion.usd,
    ),
    line(
      'SNS',
      'API requests (publish, subscribe)',
      usage.snsRequests,
      'requests',
      usage.snsRequests * PRICES.snsRequestsPerMillion.usd,
    ),
    line(
      'CloudWatch Logs',
      'function logs and EMF metrics',
      usage.logBytes.functionApp / 1024,
      'KB',
      logUsd(usage.logBytes.functionApp),
    ),
    line(
      'CloudWatch Logs',
      'Lambda START/END/REPORT lines',
      usage.logBytes.functionPlatform / 1024,
      'KB',
      logUsd(usage.logBytes.functionPlatform),
    ),
    line(
      'CloudWatch Logs',
      'API access log',
      usage.logBytes.apiAccess / 1024,
      'KB',
      logUsd(usage.logBytes.apiAccess),
    ),
    line(
      'CloudWatch Logs',
      'API execution log',
      usage.logBytes.apiExecution / 1024,
      'KB',
      logUsd(usage.logBytes.apiExecution),
    ),
    line(
      'SNS',
      'email deliveries',
      usage.emailDeliveries,
      'emails',
      usage.emailDeliveries * PRICES.snsEmailPer100k.usd * 10,
      'email',
    ),
    line(
      'X-Ray',
      `traces recorded at ${round(options.sampling * 100, 1)} % sampling`,
      usage.traces * options.sampling,
      'traces',
      usage.traces * options.sampling * PRICES.xrayTracesPerMillion.usd,
      'tracing',
    ),
  ];
  const sum = (category: CostCategory) =>
    lines.filter((l) => l.category === category).reduce((t, l) => t + l.usdPerMillion, 0);
  const core = sum('core');
  const tracing = sum('tracing');
  const email = sum('email');
  return {
    lines,
    core: round(core, 3),
    tracing: round(tracing, 3),
    email: round(email, 3),
    excludingEmail: round(core + tracing, 3),
    total: round(core + tracing + email, 3),
  };
}
