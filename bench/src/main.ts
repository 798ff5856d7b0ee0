/**
 * `npm run bench`: measures cold start, warm handler cost, ack-path overhead, an end-to-end
 * load and the cost per million webhooks, side by side in one run, and writes
 * bench/results/latest.json, the charts and BENCHMARKS.md. Speed is reported, never asserted.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAckPathBench } from './ack-path/ack-path-bench';
import { buildArtifacts } from './build-artifacts';
import { runColdStartBench } from './cold-start/cold-start-bench';
import { buildCostModel } from './cost/cost-model';
import { readStackSettings } from './cost/stack-settings';
import {
  LocalStackUnavailable,
  startLocalStackSession,
  type LocalStackSession,
} from './emulator/local-stack-session';
import { runLoadBench } from './load/load-bench';
import { storedLoad } from './load/stored-load';
import { parseOptions } from './options';
import { writeCharts } from './report/charts';
import { renderBenchmarksMarkdown } from './report/render-markdown';
import { reportOnly } from './report/report-only';
import type { BenchResults } from './results';
import { gitState } from './shared/git-state';
import { round } from './shared/stats';
import { fromRoot, WORK_DIR } from './shared/workspace';
import { runWarmBench } from './warm/warm-bench';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (options.reportOnly) return reportOnly(options.resultsDir, options.reportFile);
  const log = (line: string) =>
    console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);
  const startedAt = new Date();
  const loadAtStart = os.loadavg().map((v) => round(v, 2));
  mkdirSync(options.resultsDir, { recursive: true });
  mkdirSync(WORK_DIR, { recursive: true });
  log(`mode ${options.mode}, results in ${path.relative(fromRoot(), options.resultsDir)}`);

  const skipped: Record<string, string> = {};
  const errors: Record<string, string> = {};
  const results: Partial<Mutable<BenchResults>> = {};
  const section = async <T>(name: string, work: () => Promise<T> | T): Promise<T | undefined> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof LocalStackUnavailable) {
        skipped[name] = error.message;
        log(`${name}: skipped (${error.message})`);
        return undefined;
      }
      errors[name] = error instanceof Error ? (error.stack ?? error.message) : String(error);
      log(`${name}: FAILED ${errors[name]}`);
      return undefined;
    }
  };

  await section('build', () => buildArtifacts(options.build, log));
  results.coldStart = await section('coldStart', () =>
    runColdStartBench({ rounds: options.coldStartRounds, log }),
  );
  results.warm = await section('warm', () => runWarmBench({ ...options.warm, log }));

  if (!options.stack) {
    for (const name of ['ackPath', 'load', 'cost']) skipped[name] = '--no-stack';
  } else {
    const session = await section('localStack', () => startLocalStackSession({ log }));
    if (!session) {
      const reason =
        skipped['localStack'] ?? 'the local stack failed to start (see errors.localStack)';
      for (const name of ['ackPath', 'load', 'cost']) skipped[name] = reason;
    } else {
      try {
        await runStackSections(session, options, results, section, skipped, log);
      } finally {
        await session.stop();
      }
    }
  }

  const finishedAt = new Date();
  const partial = {
    meta: {
      startedAt: startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
      durationSeconds: round((finishedAt.getTime() - startedAt.getTime()) / 1000, 1),
      mode: options.mode,
      node: process.version,
      platform: `${os.platform()} ${os.release()} ${os.arch()}`,
      cpu: { model: os.cpus()[0]?.model ?? 'unknown', count: os.cpus().length },
      loadAverage: { atStart: loadAtStart, atEnd: os.loadavg().map((v) => round(v, 2)) },
      ...gitState(),
      options,
    },
    ...results,
    skipped,
    errors,
  };
  const charts = writeCharts(partial, options.resultsDir);
  const final: BenchResults = { ...partial, charts: charts.map((c) => path.basename(c)) };
  writeFileSync(
    path.join(options.resultsDir, 'latest.json'),
    `${JSON.stringify(final, null, 2)}\n`,
  );
  writeFileSync(
    options.reportFile,
    renderBenchmarksMarkdown(
      final,
      path.relative(path.dirname(options.reportFile), options.resultsDir),
    ),
  );
  log(
    `wrote ${path.relative(fromRoot(), path.join(options.resultsDir, 'latest.json'))} and ${path.relative(fromRoot(), options.reportFile)} in ${final.meta.durationSeconds} s`,
  );
  return Object.keys(errors).length === 0 ? 0 : 1;
}

async function runStackSections(
  session: LocalStackSession,
  options: ReturnType<typeof parseOptions>,
  results: Partial<Mutable<BenchResults>>,
  section: <T>(name: string, work: () => Promise<T> | T) => Promise<T | undefined>,
  skipped: Record<string, string>,
  log: (line: string) => void,
): Promise<void> {
  // The load first: its emails must not queue behind the ack-path run's.
  const load = await section('load', () =>
    runLoadBench({
      session,
      profile: options.load,
      drainTimeoutSeconds: options.drainTimeoutSeconds,
      apiSample: options.apiSample,
      log,
    }),
  );
  if (load) {
    results.load = storedLoad(load);
    results.cost = await section('cost', () => buildCostModel(load, readStackSettings()));
  } else {
    // Nothing to count without the load run; errors.load says why.
    skipped['cost'] = 'the load run failed';
  }
  results.ackPath = await section('ackPath', () =>
    runAckPathBench({ outputs: session.outputs, ...options.ackPath, log }),
  );
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
