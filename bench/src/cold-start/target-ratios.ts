import { round } from '../shared/stats';
import type { MeasuredBundle } from './measured-bundle';

/** Targets of issue 7, relative to the naive bundle of the same clients. */
export const COLD_START_TARGETS = { initRatio: 0.7, sizeRatio: 0.65 } as const;

export interface Ratios {
  readonly initRatio: number;
  readonly initCpuRatio: number;
  /** Bytes loaded at init over naive's bytes: what the size target is judged on. */
  readonly sizeRatio: number;
  /** Whole deployment package over naive's bytes, shown next to it. */
  readonly packageRatio: number;
  readonly initMet: boolean;
  readonly sizeMet: boolean;
}

/** A build against naive: init by median wall time, size by bytes loaded at init. */
export function ratiosToNaive(candidate: MeasuredBundle, naive: MeasuredBundle): Ratios {
  const initRatio = round(candidate.wallMs.p50 / naive.wallMs.p50, 3);
  const sizeRatio = round(candidate.bytes / naive.bytes, 3);
  return {
    initRatio,
    initCpuRatio: round(candidate.cpuMs.p50 / naive.cpuMs.p50, 3),
    sizeRatio,
    packageRatio: round(candidate.packageBytes / naive.packageBytes, 3),
    initMet: initRatio <= COLD_START_TARGETS.initRatio,
    sizeMet: sizeRatio <= COLD_START_TARGETS.sizeRatio,
  };
}
