import type { AwsCallRecord } from '../emulator/aws-call-record';
import type { LoadResult } from '../load/load-bench';
import { round } from '../shared/stats';
import { countCalls } from './call-counts';
import { costKnobs } from './cost-knobs';
import { COST_TARGET_USD_PER_MILLION, TARGET_SAMPLING, type CostResult } from './cost-result';
import { capacityOf } from './dynamodb-capacity';
import { NAIVE_DESIGN_ASSUMPTIONS, naiveUsage } from './naive-design';
import { priceUsage } from './price-usage';
import type { StackSettings } from './stack-settings';
import { usageChanges } from './usage-changes';
import { usageFromRun, type Usage } from './usage';

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

  const writeCalls = fnCalls.filter(
    (c) => c.service === 'dynamodb' && (c.action === 'PutItem' || c.action === 'UpdateItem'),
  ).length;
  const rate = load.profile.ratePerSecond;
  const defaultRuleSampling = rate > 1 ? round((1 + 0.05 * (rate - 1)) / rate, 3) : 1;
  const changes = usageChanges({
    newShare,
    writeCallsPerDelivery: writeCalls / deliveries,
    otherCopiesPerDelivery: load.emailsDelivered.otherCopies / deliveries,
  });
  const knobs = costKnobs({
    usage,
    sampled,
    price,
    changes,
    settings,
    ratePerSecond: rate,
    defaultRuleSampling,
  });

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
