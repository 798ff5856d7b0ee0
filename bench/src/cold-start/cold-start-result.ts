import type { FunctionName, SdkUsage } from '../shared/functions';
import type { Summary } from '../shared/stats';
import type { BuildSettings } from './build-settings';
import type { PackageAtInit, Reach } from './bundle-graph';
import type { LazyFile } from './lazy-files';
import type { MeasuredBundle } from './measured-bundle';
import type { PackageBytes } from './package-breakdown';
import type { COLD_START_TARGETS, Ratios } from './target-ratios';

/** What the first sampled invocation of an environment adds: loading the tracer's chunk. */
export interface FirstSampledCost {
  readonly chunk: string;
  /** The chunk plus its static imports not loaded at init. */
  readonly files: readonly string[];
  readonly bytes: number;
  readonly wallMs: Summary;
  readonly cpuMs: Summary;
}

export interface FunctionColdStart {
  readonly name: FunctionName;
  readonly sdk: readonly SdkUsage[];
  readonly settings: BuildSettings;
  /** naive, ours (dist) and ours as one CommonJS file, in that order. */
  readonly bundles: readonly MeasuredBundle[];
  /** Ours against naive: init by median wall time; size by bytes loaded at init (the target). */
  readonly ours: Ratios;
  readonly singleCjs: Ratios;
  /** Every file of dist/apps/<fn>/, with how init reaches it (edges from the rebuild's metafile). */
  readonly files: readonly { file: string; bytes: number; reach: Reach | 'not in rebuild' }[];
  readonly lazyFiles: readonly LazyFile[];
  readonly firstSampled?: FirstSampledCost;
  /** TypeBox code loaded at init, by directory, and which of our modules pull it in. */
  readonly typeboxAtInit?: PackageAtInit;
  readonly breakdown: {
    readonly atInit: readonly PackageBytes[];
    readonly lazy: readonly PackageBytes[];
    readonly naive: readonly PackageBytes[];
  };
  /** The harness's rebuild with the project's options against dist: same files, same sizes. */
  readonly rebuild: { readonly matchesDist: boolean; readonly differences: readonly string[] };
}

/** The cold-start section of bench/results/latest.json. */
export interface ColdStartResult {
  readonly rounds: number;
  readonly targets: typeof COLD_START_TARGETS;
  readonly floor: MeasuredBundle;
  /** Single dependencies loaded alone: what the gap between the floor and ours is made of. */
  readonly components: readonly MeasuredBundle[];
  readonly functions: readonly FunctionColdStart[];
}
