import type { CallCount } from './call-counts';
import type { PricedUsage } from './price-usage';
import type { StackSettings } from './stack-settings';
import type { Usage } from './usage';

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

/** The cost section of bench/results/latest.json. */
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
