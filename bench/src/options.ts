import { parseArgs } from 'node:util';
import type { LoadProfile } from './load/load-generator';
import { RESULTS_DIR, WORK_DIR, WORKSPACE_ROOT } from './shared/workspace';

export interface BenchOptions {
  readonly mode: 'full' | 'smoke';
  /** Run the Nx builds first: always, only when artifacts are missing, or never. */
  readonly build: 'always' | 'auto' | 'never';
  readonly stack: boolean;
  readonly coldStartRounds: number;
  readonly warm: {
    readonly iterations: number;
    readonly warmup: number;
    readonly processes: number;
  };
  readonly ackPath: {
    readonly pairs: number;
    readonly warmup: number;
    readonly intervalMs: number;
  };
  readonly load: LoadProfile;
  readonly drainTimeoutSeconds: number;
  readonly apiSample: number;
  readonly resultsDir: string;
  readonly reportFile: string;
  /** Re-render the charts and BENCHMARKS.md from an existing latest.json, measuring nothing. */
  readonly reportOnly: boolean;
}

const USAGE = `npm run bench -- [options]

  --smoke                 tiny sizes everywhere (what npm test runs); writes to tmp/bench/smoke
  --build always|auto|never   Nx builds of the bundles and the template first (default always)
  --no-stack              skip what needs the local stack (ack path, load, cost model)
  --rounds N              fresh processes per bundle for init times (default 21)
  --warm-events N         events per warm measurement process (default 20000)
  --ack-pairs N           measured gateway/raw pairs (default 200)
  --rate N                load: webhooks per second (default 7; stage throttle is 25)
  --duration S            load: seconds, bounded (default 30)
  --max-in-flight N       load: requests outstanding at most (default 16)
  --duplicates R          load: share of redeliveries, 0..1 (default 0.1)
  --recipients N          load: distinct customer addresses (default 20)
  --drain-timeout S       load: bound on waiting for the emails (default 120)
  --out DIR               results directory (default bench/results; BENCHMARKS.md beside the repo root)
  --report-only           re-render charts and BENCHMARKS.md from the results directory's latest.json
`;

export function parseOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      smoke: { type: 'boolean', default: false },
      build: { type: 'string' },
      'no-stack': { type: 'boolean', default: false },
      rounds: { type: 'string' },
      'warm-events': { type: 'string' },
      'ack-pairs': { type: 'string' },
      rate: { type: 'string' },
      duration: { type: 'string' },
      'max-in-flight': { type: 'string' },
      duplicates: { type: 'string' },
      recipients: { type: 'string' },
      'drain-timeout': { type: 'string' },
      out: { type: 'string' },
      'report-only': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  const smoke = values.smoke === true;
  const number = (name: keyof typeof values, full: number, tiny: number, max = Infinity) => {
    const raw = values[name];
    const value = typeof raw === 'string' ? Number(raw) : smoke ? tiny : full;
    if (!Number.isFinite(value) || value < 0 || value > max)
      throw new Error(`--${String(name)}: bad value ${String(raw)}\n\n${USAGE}`);
    return value;
  };
  const build = (values.build ?? (smoke ? 'auto' : 'always')) as BenchOptions['build'];
  if (!['always', 'auto', 'never'].includes(build))
    throw new Error(`--build: always|auto|never\n\n${USAGE}`);
  const resultsDir = values.out
    ? `${WORKSPACE_ROOT}/${values.out}`.replace(/\/+$/, '')
    : smoke
      ? `${WORK_DIR}/smoke/results`
      : RESULTS_DIR;
  const warmEvents = number('warm-events', 20_000, 200);
  return {
    mode: smoke ? 'smoke' : 'full',
    build,
    stack: values['no-stack'] !== true,
    coldStartRounds: Math.max(1, Math.round(number('rounds', 21, 2))),
    warm: { iterations: warmEvents, warmup: Math.min(5_000, warmEvents), processes: smoke ? 1 : 3 },
    ackPath: {
      pairs: Math.round(number('ack-pairs', 200, 5)),
      warmup: smoke ? 2 : 20,
      intervalMs: 50,
    },
    load: {
      ratePerSecond: number('rate', 7, 4, 1000),
      durationSeconds: number('duration', 30, 2, 3600),
      maxInFlight: Math.max(1, Math.round(number('max-in-flight', 16, 4))),
      duplicateRatio: number('duplicates', 0.1, 0.25, 1),
      recipients: Math.max(1, Math.round(number('recipients', 20, 2))),
    },
    drainTimeoutSeconds: number('drain-timeout', 120, 60),
    apiSample: smoke ? 2 : 20,
    resultsDir,
    reportOnly: values['report-only'] === true,
    reportFile:
      resultsDir === RESULTS_DIR
        ? `${WORKSPACE_ROOT}/BENCHMARKS.md`
        : `${resultsDir}/BENCHMARKS.md`,
  };
}
