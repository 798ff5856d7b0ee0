// `nx run contracts:docs`: renders the public OpenAPI document into a self-contained page,
// dist/docs/index.html, with the document itself beside it as dist/docs/openapi.json.
// Redoc's scripts are inlined (--inlineBundle) and telemetry is off, so the page works offline
// and tells no third party that someone is reading it; assertNothingExternal() keeps it so.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { externalResources, makeSelfContained } from './offline-html.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const source = join(root, 'dist/libs/contracts/openapi.json');
const outDir = join(root, 'dist/docs');
const page = join(outDir, 'index.html');

mkdirSync(outDir, { recursive: true });
// Run the CLI on this very Node (the project's Node 24), whatever `node` is first on PATH.
const build = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules/@redocly/cli/bin/cli.js'),
    'build-docs',
    source,
    '--output',
    page,
    '--inlineBundle',
    '--config',
    join(root, 'libs/contracts/redocly.yaml'),
  ],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);

const html = makeSelfContained(readFileSync(page, 'utf8'));
const remaining = externalResources(html);
if (remaining.length > 0) {
  console.error(`dist/docs/index.html still loads external resources:\n${remaining.join('\n')}`);
  process.exit(1);
}
writeFileSync(page, html);
copyFileSync(source, join(outDir, 'openapi.json'));
console.log(`docs: ${page} (+ openapi.json), no external resources`);
