import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { bundle } from '../cold-start/build-bundles';
import { lambdaEnvironment } from '../shared/lambda-environment';
import { round, summarize } from '../shared/stats';
import { fromRoot, nodeBinary, WORK_DIR } from '../shared/workspace';
import type { Telemetry } from './scenario';
import { SCENARIO_CATALOGUE } from './scenario-catalogue';

const run = promisify(execFile);

export interface WarmMeasurement {
  readonly scenario: string;
  readonly functionName: string;
  readonly label: string;
  readonly telemetry: Telemetry;
  readonly eventsPerProcess: number;
  readonly processes: number;
  /** Medians over the processes. */
  readonly cpuUsPerEvent: number;
  readonly wallUsPerEvent: number;
  /** 1 / CPU time per event: what one fully busy core handles. */
  readonly eventsPerSecondPerCore: number;
}

export interface WarmResult {
  readonly measurements: readonly WarmMeasurement[];
}

/**
 * CPU time per event of each handler over in-memory fakes of its ports: its own work
 * (parsing, validation, domain, marshalling into the ports, response building), once silent
 * and once with the real Powertools Logger and Metrics writing to a discarded stdout.
 */
export async function runWarmBench(options: {
  readonly iterations: number;
  readonly warmup: number;
  readonly processes: number;
  readonly log: (line: string) => void;
}): Promise<WarmResult> {
  const dir = path.join(WORK_DIR, 'warm');
  const built = await bundle(
    {
      entryPoints: [path.join(__dirname, 'warm-child.ts')],
      tsconfig: fromRoot('bench/tsconfig.json'),
      bundle: true,
      platform: 'node',
      target: 'node24',
      format: 'cjs',
      minify: true,
      mainFields: ['module', 'main'],
    },
    path.join(dir, 'child'),
  );
  const measurements: WarmMeasurement[] = [];
  for (const scenario of SCENARIO_CATALOGUE) {
    for (const telemetry of ['silent', 'powertools'] as const) {
      const samples: { cpuUsPerEvent: number; wallUsPerEvent: number; events: number }[] = [];
      for (let p = 0; p < options.processes; p += 1) {
        const resultFile = path.join(
          dir,
          `${scenario.id.replace('/', '--')}-${telemetry}-${p}.json`,
        );
        const iterations = Math.max(1, Math.round(options.iterations / scenario.eventsPerRun));
        const warmup = Math.max(1, Math.round(options.warmup / scenario.eventsPerRun));
        await run(
          nodeBinary(),
          [built.entry, scenario.id, String(iterations), String(warmup), telemetry, resultFile],
          {
            env: lambdaEnvironment(scenario.functionName, { POWERTOOLS_DEV: 'false' }),
            maxBuffer: 512 * 1024 * 1024,
            timeout: 300_000,
          },
        );
        samples.push(JSON.parse(readFileSync(resultFile, 'utf8')) as (typeof samples)[number]);
      }
      const cpu = summarize(samples.map((s) => s.cpuUsPerEvent)).p50;
      const wall = summarize(samples.map((s) => s.wallUsPerEvent)).p50;
      measurements.push({
        scenario: scenario.id,
        functionName: scenario.functionName,
        label: scenario.label,
        telemetry,
        eventsPerProcess: samples[0]?.events ?? 0,
        processes: samples.length,
        cpuUsPerEvent: round(cpu, 2),
        wallUsPerEvent: round(wall, 2),
        eventsPerSecondPerCore: Math.round(1_000_000 / cpu),
      });
      options.log(`warm: ${scenario.id} (${telemetry}) ${round(cpu, 1)} us CPU/event`);
    }
  }
  return { measurements };
}
