import type { AckPathResult } from './ack-path/ack-path-bench';
import type { ColdStartResult } from './cold-start/cold-start-result';
import type { CostResult } from './cost/cost-result';
import type { LoadResult } from './load/load-bench';
import type { BenchOptions } from './options';
import type { FunctionName } from './shared/functions';
import type { Summary } from './shared/stats';
import type { WarmResult } from './warm/warm-bench';

export interface FunctionLogSummary {
  readonly invocations: number;
  readonly appBytesPerInvocation: number;
  readonly durationMs: Summary;
}

/** The load result as stored: call records are summarised into the cost model's counts. */
export type StoredLoadResult = Omit<LoadResult, 'calls' | 'functionLogs'> & {
  readonly functionLogs: Record<FunctionName, FunctionLogSummary>;
  readonly awsCallsRecorded: number;
};

/** bench/results/latest.json */
export interface BenchResults {
  readonly meta: {
    readonly startedAt: string;
    readonly finishedAt: string;
    readonly durationSeconds: number;
    readonly mode: BenchOptions['mode'];
    readonly node: string;
    readonly platform: string;
    readonly cpu: { readonly model: string; readonly count: number };
    readonly loadAverage: {
      readonly atStart: readonly number[];
      readonly atEnd: readonly number[];
    };
    readonly commit: string;
    readonly uncommittedChanges: number;
    readonly options: BenchOptions;
  };
  readonly coldStart?: ColdStartResult;
  readonly warm?: WarmResult;
  readonly ackPath?: AckPathResult;
  readonly load?: StoredLoadResult;
  readonly cost?: CostResult;
  /** Sections not run, with the reason (e.g. the local stack is not available). */
  readonly skipped: Readonly<Record<string, string>>;
  /** Sections that failed, with the error. */
  readonly errors: Readonly<Record<string, string>>;
  readonly charts: readonly string[];
}
