// The benchmark harness at tiny sizes, end to end (bundles, fresh-process probes, warm
// handlers, the local stack, a small load, the cost model, the report). It asserts that the
// harness works and that the load's reconciliation holds; it never asserts a speed.
// Runs with node's test runner: `node --test bench/bench-smoke.test.mjs` (npm test does).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const resultsDir = path.join(root, 'tmp/bench/smoke/results');

// The project's Node 24 first on PATH (tsx's shebang finds `node` there), as under npm.
const env = {
  ...process.env,
  PATH: `${path.join(root, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
};

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  assert.equal(
    result.status,
    0,
    `${path.basename(command)} ${args.join(' ')} exited ${result.status}`,
  );
}

describe('benchmark harness', () => {
  it('type-checks', () => {
    run(bin('tsc'), ['-p', 'bench/tsconfig.json', '--noEmit']);
  });

  it(
    'runs every section at smoke size and writes the results, charts and report',
    { timeout: 600_000 },
    () => {
      run(bin('tsx'), ['--tsconfig', 'bench/tsconfig.json', 'bench/src/main.ts', '--smoke']);

      const latest = JSON.parse(readFileSync(path.join(resultsDir, 'latest.json'), 'utf8'));
      assert.deepEqual(latest.errors, {});
      assert.deepEqual(latest.skipped, {});
      assert.equal(latest.meta.mode, 'smoke');

      const functions = latest.coldStart.functions.map((f) => f.name);
      assert.deepEqual(functions, [
        'webhook-processor',
        'transaction-reader',
        'notification-sender',
      ]);
      for (const fn of latest.coldStart.functions) {
        assert.deepEqual(
          fn.bundles.map((b) => b.id.split('/')[1]),
          ['naive', 'ours', 'single-cjs'],
        );
        for (const bundle of fn.bundles) {
          assert.ok(bundle.bytes > 0 && bundle.wallMs.n > 0);
          assert.ok(bundle.packageBytes >= bundle.bytes);
        }
        assert.ok(fn.breakdown.atInit.some((p) => p.name.startsWith('@aws-sdk/')));
        assert.ok(fn.files.some((f) => f.reach === 'entry'));
        if (fn.firstSampled) assert.ok(fn.firstSampled.wallMs.n > 0);
      }

      assert.equal(latest.warm.measurements.length, 10);
      for (const m of latest.warm.measurements) assert.ok(m.cpuUsPerEvent > 0, m.scenario);

      assert.equal(latest.ackPath.gatewayMs.n, latest.ackPath.pairs);
      assert.equal(latest.ackPath.rawMs.n, latest.ackPath.pairs);
      assert.equal(latest.ackPath.rawGuardedMs.n, latest.ackPath.pairs);

      const { reconciliation } = latest.load;
      assert.ok(reconciliation.accepted > 0);
      assert.equal(reconciliation.ok, true, JSON.stringify(reconciliation));

      const counted = latest.cost.callsPerWebhook.filter((c) => c.caller === 'function');
      const actions = counted.map((c) => `${c.service}:${c.action}`);
      for (const action of ['dynamodb:PutItem', 'sqs:SendMessage', 'sns:Publish']) {
        assert.ok(actions.includes(action), `${action} counted in ${actions.join(', ')}`);
      }
      assert.ok(latest.cost.ours.sampled.excludingEmail > 0);
      assert.ok(latest.load.callSource.length > 0);

      for (const chart of latest.charts) {
        assert.match(readFileSync(path.join(resultsDir, chart), 'utf8'), /^<svg /);
      }
      const report = readFileSync(path.join(resultsDir, 'BENCHMARKS.md'), 'utf8');
      for (const heading of ['## Summary', '## 1.', '## 2.', '## 3.', '## 4.', '## 5.']) {
        assert.ok(report.includes(heading), heading);
      }
      assert.ok(existsSync(path.join(resultsDir, 'cost-per-million.svg')));
    },
  );
});
