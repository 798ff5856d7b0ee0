import type { AwsCallRecord } from '../emulator/aws-call-record';
import type { LoadResult } from '../load/load-bench';
import { round } from '../shared/stats';
import { countCalls, type CallCount } from './call-counts';
import { capacityOf } from './dynamodb-capacity';
import { NAIVE_DESIGN_ASSUMPTIONS, naiveUsage } from './naive-design';
import { priceUsage, type PricedUsage } from './price-usage';
import type { StackSettings } from './stack-settings';
import { usageFromRun, type Usage } from './usage';

/** Issue 7: below this per million webhooks, excluding email, at 5 % trace sampling. */
export const COST_TARGET_USD_PER_MILLION = 6.5;
export const TARGET_SAMPLING = 0.05;

export interface CallsPerWebhook extends CallCount {
  readonly perWebhook: number;
}

export interface Knob {
  readonly knob: string;
  readonly change: string;
  /** USD per million deliveries, excluding email, at 5 % sampling, after the change. */
  readonly excludingEmail: number;
  readonly delta: number;
  /** Including email deliveries. */
  readonly total: number;
  readonly deltaTotal: number;
}

export interface CostResult {
  readonly basis: {
    readonly deliveries: number;
    readonly newEvents: number;
    readonly ratePerSecond: number;
    readonly settings: StackSettings;
  };
  readonly callsPerWebhook: readonly CallsPerWebhook[];
  readonly writeUnitsPerItem: number;
  readonly usage: Usage;
  readonly ours: {
    readonly untraced: PricedUsage;
    readonly sampled: PricedUsage;
    readonly traced: PricedUsage;
  };
  readonly naive: {
    readonly usage: Usage;
    readonly sampled: PricedUsage;
    readonly assumptions: readonly string[];
  };
  readonly target: number;
  readonly met: boolean;
  readonly knobs: readonly Knob[];
  /** X-Ray's default rule (1 request/s reservoir + 5 %) at the run's request rate. */
  readonly defaultRuleSampling: number;
}

/** The cost model: counted calls of the load window times the price table, and its knobs. */
export function buildCostModel(load: LoadResult, settings: StackSettings): CostResult {
  const fnCalls: AwsCallRecord[] = load.calls.filter((c) => c.caller === 'function');
  const calls = countCalls(load.calls);
  const capacity = capacityOf(fnCalls);
  const deliveries = load.deliveries;
  const usage = usageFromRun(
    { deliveries, calls, capacity, functionLogs: load.functionLogs, emails: load.emailsDelivered },
    settings,
  );
  const puts = fnCalls.filter((c) => c.service === 'dynamodb' && c.action === 'PutItem');
  const putUnits = capacityOf(puts).writeUnits;
  const writeUnitsPerItem = puts.length ? putUnits / puts.length : 1;
  const accepted = load.reconciliation.accepted;
  const newShare = accepted / deliveries;
  const subscriptionCalls = fnCalls.filter(
    (c) => c.service === 'sns' && c.action !== 'Publish' && c.action !== 'PublishBatch',
  ).length;

  const price = (u: Usage, sampling = TARGET_SAMPLING, api: 'rest' | 'http' = 'rest') =>
    priceUsage(u, { sampling, api });
  const sampled = price(usage);
  const naive = naiveUsage(usage, {
    newShare,
    writeUnitsPerItem,
    subscriptionCallsPerDelivery: subscriptionCalls / deliveries,
  });

  const knob = (name: string, change: string, value: PricedUsage): Knob => ({
    knob: name,
    change,
    excludingEmail: value.excludingEmail,
    delta: round(value.excludingEmail - sampled.excludingEmail, 3),
    total: value.total,
    deltaTotal: round(value.total - sampled.total, 3),
  });
  const otherCopies = load.emailsDelivered.otherCopies / deliveries;
  const sender = usage.lambda['notification-sender'];
  const withSender = (invocationsPerEmail: number, sqsPerEmail: number): Usage => ({
    ...usage,
    lambda: {
      ...usage.lambda,
      'notification-sender': { ...sender, invocations: newShare * invocationsPerEmail },
    },
    sqsRequests: newShare * sqsPerEmail,
  });
  const writeCalls = fnCalls.filter(
    (c) => c.service === 'dynamodb' && (c.action === 'PutItem' || c.action === 'UpdateItem'),
  ).length;
  const rate = load.profile.ratePerSecond;
  const defaultRuleSampling = rate > 1 ? round((1 + 0.05 * (rate - 1)) / rate, 3) : 1;

  const knobs: Knob[] = [
    knob(
      'Architecture',
      'REST API -> HTTP API (no request models, no per-method throttling)',
      price(usage, TARGET_SAMPLING, 'http'),
    ),
    knob(
      'Log volume',
      `API execution logging ${settings.executionLogging.level} -> ERROR`,
      price({ ...usage, logBytes: { ...usage.logBytes, apiExecution: 0 } }),
    ),
    knob(
      'Log volume',
      'function log level INFO -> WARN (EMF metric lines stay)',
      price({ ...usage, logBytes: { ...usage.logBytes, functionApp: usage.logBytes.functionEmf } }),
    ),
    knob('Sampling rule', 'X-Ray 5 % -> 1 %', price(usage, 0.01)),
    knob('Sampling rule', 'X-Ray 5 % -> 100 %', price(usage, 1)),
    knob(
      'Sampling rule',
      `X-Ray default rule (1/s reservoir + 5 %) at ${rate} webhooks/s = ${round(defaultRuleSampling * 100, 1)} %`,
      price(usage, defaultRuleSampling),
    ),
    knob(
      'Batch size',
      'sender batches always full (10 messages per invocation)',
      price(withSender(0.1, 1.2)),
    ),
    knob(
      'Batch size',
      'batch size 1 (one invocation, receive and delete per message)',
      price(withSender(1, 3)),
    ),
    knob(
      'Item size',
      'every item 1 KB larger (one more WRU per write)',
      price({ ...usage, dynamoDbWriteUnits: usage.dynamoDbWriteUnits + writeCalls / deliveries }),
    ),
    knob(
      'Architecture',
      'sender claim + mark-sent folded into one conditional write',
      price({ ...usage, dynamoDbWriteUnits: Math.max(0, usage.dynamoDbWriteUnits - newShare) }),
    ),
    knob(
      'Memory',
      'Lambda 512 MB -> 256 MB at the same duration',
      price({
        ...usage,
        lambda: {
          'webhook-processor': {
            ...usage.lambda['webhook-processor'],
            gbSeconds: usage.lambda['webhook-processor'].gbSeconds / 2,
          },
          'notification-sender': { ...sender, gbSeconds: sender.gbSeconds / 2 },
        },
      }),
    ),
    knob(
      'Memory',
      'sender alone 512 MB -> 128 MB (it waits on pacing and I/O)',
      price({
        ...usage,
        lambda: {
          ...usage.lambda,
          'notification-sender': { ...sender, gbSeconds: sender.gbSeconds / 4 },
        },
      }),
    ),
    knob(
      'Email',
      'operations list stops receiving a copy of every customer email',
      price({ ...usage, emailDeliveries: Math.max(0, usage.emailDeliveries - otherCopies) }),
    ),
  ];

  return {
    basis: { deliveries, newEvents: accepted, ratePerSecond: rate, settings },
    callsPerWebhook: calls.map((c) => ({
      ...c,
      perWebhook: round(c.billedRequests / deliveries, 4),
    })),
    writeUnitsPerItem: round(writeUnitsPerItem, 3),
    usage,
    ours: { untraced: price(usage, 0), sampled, traced: price(usage, 1) },
    naive: { usage: naive, sampled: price(naive), assumptions: NAIVE_DESIGN_ASSUMPTIONS },
    target: COST_TARGET_USD_PER_MILLION,
    met: sampled.excludingEmail < COST_TARGET_USD_PER_MILLION,
    knobs,
    defaultRuleSampling,
  };
}
