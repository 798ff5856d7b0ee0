import path from 'node:path';
import { FUNCTION_NAMES } from '../shared/functions';
import { WORK_DIR } from '../shared/workspace';
import type { ColdStartResult } from './cold-start-result';
import type { FunctionBuilds } from './function-builds';
import { functionColdStart } from './function-cold-start';
import { measureInit, type InitTarget } from './measure-init';
import { measuredBundleOf } from './measured-bundle';
import { buildProbeCandidates } from './probe-candidates';
import { COLD_START_TARGETS } from './target-ratios';

/** Builds every probe, times each in fresh processes, and puts the result together. */
export async function runColdStartBench(options: {
  readonly rounds: number;
  readonly log: (line: string) => void;
}): Promise<ColdStartResult> {
  const dir = path.join(WORK_DIR, 'cold-start');
  const { log } = options;
  log('cold start: building the floor, naive, rebuilt, single-file and component bundles');
  const { candidates, builds } = await buildProbeCandidates(dir);

  log(`cold start: ${candidates.length} probes x ${options.rounds} fresh processes (interleaved)`);
  const targets: InitTarget[] = candidates.map((c) => ({
    key: c.id,
    file: c.file,
    functionName: c.functionName,
    ...(c.thenImport ? { thenImport: c.thenImport } : {}),
  }));
  const samples = await measureInit(targets, options.rounds, (r) => {
    if (r % 5 === 0 || r === options.rounds) log(`cold start: round ${r}/${options.rounds}`);
  });

  const measured = measuredBundleOf(candidates, samples);
  return {
    rounds: options.rounds,
    targets: COLD_START_TARGETS,
    floor: measured('floor'),
    components: candidates.filter((c) => c.id.startsWith('component/')).map((c) => measured(c.id)),
    functions: FUNCTION_NAMES.map((fn) =>
      functionColdStart(fn, builds.get(fn) as FunctionBuilds, measured, samples),
    ),
  };
}
