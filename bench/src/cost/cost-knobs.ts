import { round } from '../shared/stats';
import { TARGET_SAMPLING, type Knob } from './cost-result';
import type { PricedUsage } from './price-usage';
import type { StackSettings } from './stack-settings';
import type { Usage } from './usage';
import { combined, type UsageChanges } from './usage-changes';

/** The knobs table: each change priced against the run as measured, grouped by what it turns. */
export function costKnobs(model: {
  readonly usage: Usage;
  /** The run as measured, at the target sampling: what each delta is taken against. */
  readonly sampled: PricedUsage;
  readonly price: (u: Usage, sampling?: number, api?: 'rest' | 'http') => PricedUsage;
  readonly changes: UsageChanges;
  readonly settings: StackSettings;
  readonly ratePerSecond: number;
  readonly defaultRuleSampling: number;
}): Knob[] {
  const { usage, sampled, price, changes, settings, defaultRuleSampling } = model;
  const knob = (name: string, change: string, value: PricedUsage): Knob => ({
    knob: name,
    change,
    excludingEmail: value.excludingEmail,
    delta: round(value.excludingEmail - sampled.excludingEmail, 3),
    total: value.total,
    deltaTotal: round(value.total - sampled.total, 3),
  });
  const keepArchitecture = combined(
    changes.noExecutionLog,
    changes.warnLogs,
    changes.fullBatches,
    changes.oneSenderWrite,
    changes.smallSender,
  );

  return [
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
      `X-Ray default rule (1/s reservoir + 5 %) at ${model.ratePerSecond} webhooks/s = ${round(defaultRuleSampling * 100, 1)} %`,
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
}
