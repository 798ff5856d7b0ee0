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
    readonly callSource: string;
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
  const writeCalls = fnCalls.filter(
    (c) => c.service === 'dynamodb' && (c.action === 'PutItem' || c.action === 'UpdateItem'),
  ).length;
  const rate = load.profile.ratePerSecond;
  const defaultRuleSampling = rate > 1 ? round((1 + 0.05 * (rate - 1)) / rate, 3) : 1;

  type Change = (u: Usage) => Usage;
  const sender = (u: Usage) => u.lambda['notification-sender'];
  const withSender =
    (invocationsPerEmail: number, sqsPerEmail: number): Change =>
    (u) => ({
      ...u,
      lambda: {
        ...u.lambda,
        'notification-sender': { ...sender(u), invocations: newShare * invocationsPerEmail },
      },
      sqsRequests: newShare * sqsPerEmail,
    });
  const scaleGbSeconds =
    (fn: 'webhook-processor' | 'notification-sender', factor: number): Change =>
    (u) => ({
      ...u,
      lambda: {
        ...u.lambda,
        [fn]: { ...u.lambda[fn], gbSeconds: u.lambda[fn].gbSeconds * factor },
      },
    });
  const changes = {
    noExecutionLog: ((u) => ({ ...u, logBytes: { ...u.logBytes, apiExecution: 0 } })) as Change,
    warnLogs: ((u) => ({
      ...u,
      logBytes: { ...u.logBytes, functionApp: u.logBytes.functionEmf },
    })) as Change,
    fullBatches: withSender(0.1, 1.2),
    batchOfOne: withSender(1, 3),
    biggerItems: ((u) => ({
      ...u,
      dynamoDbWriteUnits: u.dynamoDbWriteUnits + writeCalls / deliveries,
    })) as Change,
    oneSenderWrite: ((u) => ({
      ...u,
      dynamoDbWriteUnits: Math.max(0, u.dynamoDbWriteUnits - newShare),
    })) as Change,
    halfMemory: ((u) =>
      scaleGbSeconds(
        'notification-sender',
        0.5,
      )(scaleGbSeconds('webhook-processor', 0.5)(u))) as Change,
    smallSender: scaleGbSeconds('notification-sender', 0.25),
    newCustomers: ((u) => ({ ...u, snsRequests: newShare * 3 })) as Change,
    noOperationsCopy: ((u) => ({
      ...u,
      emailDeliveries: Math.max(0, u.emailDeliveries - otherCopies),
    })) as Change,
  } satisfies Record<string, Change>;
  const all =
    (...list: Change[]): Change =>
    (u) =>
      list.reduce((acc, change) => change(acc), u);
  const keepArchitecture = all(
    changes.noExecutionLog,
    changes.warnLogs,
    changes.fullBatches,
    changes.oneSenderWrite,
    changes.smallSender,
  );

  const knobs: Knob[] = [
    knob(
      'Architecture',
      'REST API -> HTTP API (no request models, no per-method throttling)',
      price(usage, TARGET_SAMPLING, 'http'),
    ),
    knob(
      'Architecture',
      'sender claim + mark-sent folded into one conditional write',
      price(changes.oneSenderWrite(usage)),
    ),
    knob(
      'Log volume',
      `API execution logging ${settings.executionLogging.level} -> ERROR`,
      price(changes.noExecutionLog(usage)),
    ),
    knob(
      'Log volume',
      'function log level INFO -> WARN (EMF metric lines stay)',
      price(changes.warnLogs(usage)),
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
      price(changes.fullBatches(usage)),
    ),
    knob(
      'Batch size',
      'batch size 1 (one invocation, receive and delete per message)',
      price(changes.batchOfOne(usage)),
    ),
    knob(
      'Item size',
      'every item 1 KB larger (one more WRU per write)',
      price(changes.biggerItems(usage)),
    ),
    knob(
      'Memory',
      'Lambda 512 MB -> 256 MB at the same duration',
      price(changes.halfMemory(usage)),
    ),
    knob(
      'Memory',
      'sender alone 512 MB -> 128 MB (it waits on pacing and I/O)',
      price(changes.smallSender(usage)),
    ),
    knob(
      'Recipients',
      'every customer new (Subscribe + GetSubscriptionAttributes per email)',
      price(changes.newCustomers(usage)),
    ),
    knob(
      'Email',
      'operations list stops receiving a copy of every customer email',
      price(changes.noOperationsCopy(usage)),
    ),
    knob(
      'Combined',
      'execution log ERROR + WARN logs + full batches + one sender write + 128 MB sender',
      price(keepArchitecture(usage)),
    ),
    knob(
      'Combined',
      'the same + HTTP API',
      price(keepArchitecture(usage), TARGET_SAMPLING, 'http'),
    ),
  ];

  return {
    basis: {
      deliveries,
      newEvents: accepted,
      ratePerSecond: rate,
      settings,
      callSource: load.callSource,
    },
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
