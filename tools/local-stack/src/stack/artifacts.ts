import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FunctionSpec } from '../template/compute';

export const STACK_NAME = 'PaymentWebhooksStack';
export const LAMBDA_APPS = [
  'webhook-processor',
  'transaction-reader',
  'notification-sender',
] as const;

export interface ArtifactPaths {
  readonly workspaceRoot: string;
  readonly cdkOut: string;
  readonly template: string;
  readonly bundlesDirectory: string;
  readonly docsDirectory: string;
}

export function artifactPaths(workspaceRoot: string): ArtifactPaths {
  const cdkOut = path.join(workspaceRoot, 'dist/apps/infra/cdk.out');
  return {
    workspaceRoot,
    cdkOut,
    template: path.join(cdkOut, `${STACK_NAME}.template.json`),
    bundlesDirectory: path.join(workspaceRoot, 'dist/apps'),
    docsDirectory: path.join(workspaceRoot, 'dist/docs'),
  };
}

/**
 * Builds what the local stack runs, through Nx (cached, so a second start is instant): the
 * Lambda bundles, the synthesized template, the OpenAPI documents, and the docs site it serves
 * (optional: without it the stack runs, only DocsUrl is missing).
 */
export function buildArtifacts(
  workspaceRoot: string,
  output: 'inherit' | 'ignore' = 'inherit',
): void {
  const nx = path.join(workspaceRoot, 'node_modules/.bin/nx');
  // `npm start` runs under tsx with this project's tsconfig; the tools Nx runs pick their own.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NX_DAEMON: 'false',
    NX_TUI: 'false',
    NX_NO_CLOUD: 'true',
  };
  delete env['TSX_TSCONFIG_PATH'];
  const run = (args: string[]) =>
    execFileSync(nx, [...args, '--outputStyle=static'], {
      cwd: workspaceRoot,
      env,
      stdio: ['ignore', output, 'inherit'],
    });
  run(['run-many', '-t', 'build', '-p', ...LAMBDA_APPS]);
  run(['run', 'infra:synth']);
  run(['run', 'contracts:openapi']);
  try {
    run(['run', 'contracts:docs']);
  } catch {
    process.stderr.write('local stack: the docs site did not build; starting without DocsUrl\n');
  }
}

/** The stack's region, from the cloud assembly (`aws://account/region`). */
export function stackRegion(paths: ArtifactPaths, fallback = 'us-east-2'): string {
  const manifestFile = path.join(paths.cdkOut, 'manifest.json');
  if (!existsSync(manifestFile)) return fallback;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
    artifacts?: Record<string, { environment?: string }>;
  };
  const environment = manifest.artifacts?.[STACK_NAME]?.environment ?? '';
  return environment.split('/').pop() || fallback;
}

/**
 * The folder a function runs from: the `dist/apps/<app>` bundle whose main module (main.mjs) is the code the
 * template deploys (the cdk.out asset is a copy of it), else the asset itself.
 */
export function bundleDirectoryOf(fn: FunctionSpec, paths: ArtifactPaths): string {
  if (!fn.assetPath) throw new Error(`function ${fn.logicalId} has no aws:asset:path metadata`);
  const asset = path.join(paths.cdkOut, fn.assetPath);
  const moduleName = fn.handler.split('.')[0] ?? 'index';
  const moduleFile =
    ['.js', '.mjs', '.cjs']
      .map((extension) => `${moduleName}${extension}`)
      .find((file) => existsSync(path.join(asset, file))) ?? `${moduleName}.js`;
  const assetHash = fileHash(path.join(asset, moduleFile));
  const apps = existsSync(paths.bundlesDirectory) ? readdirSync(paths.bundlesDirectory) : [];
  for (const app of apps) {
    const candidate = path.join(paths.bundlesDirectory, app);
    const file = path.join(candidate, moduleFile);
    if (existsSync(file) && fileHash(file) === assetHash) return candidate;
  }
  return asset;
}

function fileHash(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}
