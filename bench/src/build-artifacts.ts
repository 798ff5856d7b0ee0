import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { BenchOptions } from './options';
import { FUNCTION_NAMES } from './shared/functions';
import { fromRoot } from './shared/workspace';

const TEMPLATE = 'dist/apps/infra/cdk.out/PaymentWebhooksStack.template.json';

/**
 * The artifacts every section measures: the three bundles (dist/apps/<fn>/main.mjs and its chunks) and the
 * synthesized template the local stack and the cost model read. Nx caches both.
 */
export function buildArtifacts(mode: BenchOptions['build'], log: (line: string) => void): void {
  if (mode === 'never') return;
  const missing = [...FUNCTION_NAMES.map((fn) => `dist/apps/${fn}/main.mjs`), TEMPLATE].filter(
    (file) => !existsSync(fromRoot(file)),
  );
  if (mode === 'auto' && missing.length === 0) return;
  log(
    `building the bundles and the template (nx, cached)${missing.length ? `; missing: ${missing.join(', ')}` : ''}`,
  );
  const nx = fromRoot('node_modules/.bin/nx');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NX_DAEMON: 'false',
    NX_TUI: 'false',
    NX_NO_CLOUD: 'true',
  };
  // `tsx --tsconfig bench/tsconfig.json` (npm run bench) exports this, relative to the root; a
  // tsx run by an Nx target in another directory (infra:synth in apps/infra) would resolve it
  // there and fail.
  delete env['TSX_TSCONFIG_PATH'];
  const run = (args: string[]) => {
    // One retry: a synth racing another process's synth on the shared cdk.out can fail once.
    for (let attempt = 1; ; attempt += 1) {
      const result = spawnSync(nx, [...args, '--outputStyle=static'], {
        cwd: fromRoot(),
        env,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      if (result.status === 0) return;
      const output = `${result.stdout ?? ''}${result.stderr ?? ''}`
        .trim()
        .split('\n')
        .slice(-30)
        .join('\n');
      if (attempt === 2) throw new Error(`nx ${args.join(' ')} failed twice:\n${output}`);
      log(`nx ${args.join(' ')} failed, retrying once:\n${output}`);
    }
  };
  run(['run-many', '-t', 'build', '-p', ...FUNCTION_NAMES]);
  run(['run', 'infra:synth']);
}
