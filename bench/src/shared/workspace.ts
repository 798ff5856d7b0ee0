import { existsSync } from 'node:fs';
import path from 'node:path';

export const WORKSPACE_ROOT = path.resolve(__dirname, '../../..');
export const BENCH_ROOT = path.join(WORKSPACE_ROOT, 'bench');
/**
 * Scratch space of a run: bundles, probes, recordings, smoke results. Under tmp/, which the root
 * .gitignore excludes, so neither git nor `prettier --check .` (it reads the root .gitignore
 * only) ever sees the generated files.
 */
export const WORK_DIR = path.join(WORKSPACE_ROOT, 'tmp', 'bench');
export const RESULTS_DIR = path.join(BENCH_ROOT, 'results');

export function fromRoot(...segments: string[]): string {
  return path.join(WORKSPACE_ROOT, ...segments);
}

/**
 * The project's Node 24 (the `node` dev dependency): every measured child process runs on the
 * nodejs24.x runtime's major version, whatever `node` the shell would find first.
 */
export function nodeBinary(): string {
  if (process.versions.node.split('.')[0] === '24') return process.execPath;
  const projectNode = fromRoot('node_modules/.bin/node');
  if (existsSync(projectNode)) return projectNode;
  throw new Error('Node 24 not found: run through npm (npm run bench) after npm ci');
}
