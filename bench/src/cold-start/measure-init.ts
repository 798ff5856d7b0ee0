import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { lambdaEnvironment } from '../shared/lambda-environment';
import { shuffled, summarize, type Summary } from '../shared/stats';
import { nodeBinary } from '../shared/workspace';

const run = promisify(execFile);
const PROBE = path.join(__dirname, 'init-probe.cjs');
const MARKER = '@@init-probe@@';

export interface InitTarget {
  readonly key: string;
  readonly file: string;
  readonly functionName: string;
  /** A chunk to `import()` after init, timed separately (the first sampled invocation). */
  readonly thenImport?: string;
}

export interface InitSamples {
  readonly wallMs: Summary;
  readonly cpuMs: Summary;
  readonly heapUsedMb: Summary;
  /** Only for targets with `thenImport`. */
  readonly lazy?: { readonly wallMs: Summary; readonly cpuMs: Summary };
}

interface ProbeOutput {
  wallMs: number;
  cpuMs: number;
  heapUsedMb: number;
  lazyWallMs?: number;
  lazyCpuMs?: number;
}

/**
 * Fresh-process module-initialisation times of every target, interleaved: each round starts
 * one process per target in a new random order, so a burst of load on a shared machine lands
 * on all targets alike instead of on whichever was measured during it.
 */
export async function measureInit(
  targets: readonly InitTarget[],
  rounds: number,
  onRound?: (round: number) => void,
): Promise<Map<string, InitSamples>> {
  const samples = new Map<string, ProbeOutput[]>(targets.map((t) => [t.key, []]));
  // One discarded round warms the page cache and the node binary for every target alike.
  for (const target of targets) await probe(target);
  for (let round = 1; round <= rounds; round += 1) {
    for (const target of shuffled(targets)) samples.get(target.key)?.push(await probe(target));
    onRound?.(round);
  }
  return new Map(
    [...samples.entries()].map(([key, outputs]): [string, InitSamples] => {
      const lazyWall = outputs.flatMap((o) => (o.lazyWallMs === undefined ? [] : [o.lazyWallMs]));
      const lazyCpu = outputs.flatMap((o) => (o.lazyCpuMs === undefined ? [] : [o.lazyCpuMs]));
      return [
        key,
        {
          wallMs: summarize(outputs.map((o) => o.wallMs)),
          cpuMs: summarize(outputs.map((o) => o.cpuMs)),
          heapUsedMb: summarize(outputs.map((o) => o.heapUsedMb)),
          ...(lazyWall.length
            ? { lazy: { wallMs: summarize(lazyWall), cpuMs: summarize(lazyCpu) } }
            : {}),
        },
      ];
    }),
  );
}

async function probe(target: InitTarget): Promise<ProbeOutput> {
  const { stdout } = await run(
    nodeBinary(),
    [PROBE, target.file, ...(target.thenImport ? [target.thenImport] : [])],
    {
      cwd: path.dirname(target.file),
      env: lambdaEnvironment(target.functionName, { LAMBDA_TASK_ROOT: path.dirname(target.file) }),
      timeout: 60_000,
      maxBuffer: 1024 * 1024,
    },
  );
  const line = stdout.split('\n').find((l) => l.startsWith(MARKER));
  if (!line) throw new Error(`init probe of ${target.file} printed no result:\n${stdout}`);
  return JSON.parse(line.slice(MARKER.length)) as ProbeOutput;
}
