import type { Summary } from '../shared/stats';
import type { InitSamples } from './measure-init';
import type { ProbeCandidate } from './probe-candidates';

export interface MeasuredBundle {
  readonly id: string;
  readonly label: string;
  /** Bytes Node reads and evaluates at init: the entry and its static imports. */
  readonly bytes: number;
  /** Bytes of every file of the build (the deployment package's code). */
  readonly packageBytes: number;
  readonly fileCount: number;
  readonly wallMs: Summary;
  readonly cpuMs: Summary;
  readonly heapUsedMb: Summary;
}

/** Looks up a probe's measurements by its id: the result row of one build. */
export function measuredBundleOf(
  candidates: readonly ProbeCandidate[],
  samples: ReadonlyMap<string, InitSamples>,
): (id: string) => MeasuredBundle {
  return (id) => {
    const found = candidates.find((c) => c.id === id);
    const sample = samples.get(id) as InitSamples;
    if (!found) throw new Error(`no candidate ${id}`);
    return {
      id,
      label: found.label,
      bytes: found.bytes,
      packageBytes: found.packageBytes,
      fileCount: found.fileCount,
      wallMs: sample.wallMs,
      cpuMs: sample.cpuMs,
      heapUsedMb: sample.heapUsedMb,
    };
  };
}
