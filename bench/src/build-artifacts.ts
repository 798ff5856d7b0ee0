import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { BenchOptions } from './options';
import { FUNCTION_NAMES } from './shared/functions';
import { fromRoot } from './shared/workspace';

const TEMPLATE = 'dist/apps/infra/cdk.out/PaymentWebhooksStack.template.json';

/**
 * The artifacts every section measures: the three bundles (dist/apps/<fn>/main.js) and the
 * synthesized template the local stack and the cost model read. Nx caches both.
 */
export function buildArtifacts(mode: BenchOptions['build'], log: (line: string) => void): void {
  if (mode === 'never') return;
  const missing = [...FUNCTION_NAMES.map((fn) => `dist/apps/${fn}/main.js`), TEMPLATE].filter(
    (file) => !existsSync(fromRoot(file)),
  );
  if (mode === 'auto' && missing.length === 0) return;
  log(
    `building the bundles and the template (nx, cached)${missing.length ? `; missing: ${missing.join(', ')}` : ''}`,
  );
  const nx = fromRoot('node_modules/.bin/nx');
  const env = { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false', NX_NO_CLOUD: 'true' };
  const run = (args: string[]) =>
    execFileSync(nx, [...args, '--outputStyle=static'], {
      cwd: fromRoot(),
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  run(['run-many', '-t', 'build', '-p', ...FUNCTION_NAMES]);
  run(['run', 'infra:synth']);
}
