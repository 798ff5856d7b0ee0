import path from 'node:path';
import { FUNCTION_NAMES, type FunctionName } from '../shared/functions';
import { bundleSource, DEFAULT_WAY, projectBuildOptions, type Bundle } from './build-bundles';
import { componentEntries } from './component-entries';
import { buildFunction, type FunctionBuilds } from './function-builds';
import { EMPTY_ENTRY_SOURCE } from './naive-entry';

/** One build the fresh-process probes load, with the sizes its result row reports. */
export interface ProbeCandidate {
  readonly id: string;
  readonly label: string;
  readonly functionName: string;
  readonly file: string;
  readonly bytes: number;
  readonly packageBytes: number;
  readonly fileCount: number;
  readonly thenImport?: string;
}

export const LABELS = {
  naive: 'naive (default esbuild, default clients)',
  ours: 'ours (dist, as built)',
  singleCjs: 'ours as one CommonJS file (no splitting)',
} as const;

/**
 * Builds every probe: the empty-handler floor, each function as naive, ours (dist), one
 * CommonJS file and ours-then-the-first-sampled-invocation, and the components alone.
 */
export async function buildProbeCandidates(dir: string): Promise<{
  readonly candidates: readonly ProbeCandidate[];
  readonly builds: ReadonlyMap<FunctionName, FunctionBuilds>;
}> {
  const floor = await bundleSource(
    EMPTY_ENTRY_SOURCE,
    path.join(dir, 'empty', 'src', 'entry.ts'),
    DEFAULT_WAY,
    path.join(dir, 'empty', 'out'),
  );
  const candidates: ProbeCandidate[] = [candidate('floor', 'empty handler', 'empty', floor)];
  const builds = new Map<FunctionName, FunctionBuilds>();

  for (const fn of FUNCTION_NAMES) {
    const built = await buildFunction(fn, dir);
    builds.set(fn, built);
    candidates.push(...functionCandidates(fn, built));
  }

  for (const component of componentEntries()) {
    const built = await bundleSource(
      component.source,
      path.join(dir, 'components', component.id, 'src', 'entry.ts'),
      projectBuildOptions(component.buildLike),
      path.join(dir, 'components', component.id, 'out'),
    );
    candidates.push(
      candidate(`component/${component.id}`, component.label, component.functionName, built),
    );
  }
  return { candidates, builds };
}

function functionCandidates(fn: FunctionName, built: FunctionBuilds): ProbeCandidate[] {
  // Ours is dist as built; its sizes come from dist's files on disk, not from the rebuild.
  const ours = {
    functionName: fn,
    file: built.distEntry,
    bytes: built.dist.initBytes,
    packageBytes: built.dist.packageBytes,
    fileCount: built.dist.files.length,
  };
  return [
    candidate(`${fn}/naive`, LABELS.naive, fn, built.naive),
    { id: `${fn}/ours`, label: LABELS.ours, ...ours },
    candidate(`${fn}/single-cjs`, LABELS.singleCjs, fn, built.singleCjs),
    ...(built.distTracer
      ? [
          {
            id: `${fn}/first-sampled`,
            label: 'ours, then the first sampled invocation',
            ...ours,
            thenImport: built.distTracer,
          },
        ]
      : []),
  ];
}

function candidate(id: string, label: string, functionName: string, built: Bundle): ProbeCandidate {
  return {
    id,
    label,
    functionName,
    file: built.entry,
    bytes: built.initBytes,
    packageBytes: built.packageBytes,
    fileCount: built.files.length,
  };
}
