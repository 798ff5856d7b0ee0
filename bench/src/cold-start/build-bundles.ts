import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, type BuildOptions, type Metafile } from 'esbuild';
import type { FunctionName } from '../shared/functions';
import { fromRoot, WORKSPACE_ROOT } from '../shared/workspace';
import { bundleGraph, type BundleGraph } from './bundle-graph';

/** A build's output directory: its entry file and every file next to it, with their edges. */
export interface Bundle extends BundleGraph {
  readonly dir: string;
  readonly metafile: Metafile;
}

interface NxEsbuildOptions {
  readonly main: string;
  readonly tsConfig: string;
  readonly platform?: BuildOptions['platform'];
  readonly target?: string;
  readonly format?: string[];
  readonly bundle?: boolean;
  readonly minify?: boolean;
  readonly esbuildOptions?: Record<string, unknown>;
}

/**
 * The esbuild options of a function's `build` target (apps/<fn>/project.json), translated the
 * way @nx/esbuild passes them on (its buildEsbuildOptions: user options first, then its own
 * entryNames, format and outExtension), so a rebuild into another directory produces the same
 * file set as dist/apps/<fn>/: main.mjs and, with `splitting`, chunks/*.mjs.
 */
export function projectBuildOptions(fn: FunctionName): BuildOptions {
  const project = JSON.parse(readFileSync(fromRoot('apps', fn, 'project.json'), 'utf8')) as {
    targets: { build: { options: NxEsbuildOptions } };
  };
  const options = project.targets.build.options;
  const format = (options.format?.[0] as BuildOptions['format']) ?? 'cjs';
  const user = { ...(options.esbuildOptions ?? {}) } as BuildOptions;
  const userExtension = user.outExtension?.['.js'];
  return {
    ...user,
    absWorkingDir: WORKSPACE_ROOT,
    entryPoints: [fromRoot(options.main)],
    entryNames: '[dir]/[name]',
    tsconfig: fromRoot(options.tsConfig),
    bundle: options.bundle ?? true,
    platform: options.platform ?? 'node',
    ...(options.target ? { target: options.target } : {}),
    format,
    minify: options.minify ?? false,
    // @nx/esbuild's getOutExtension: only `.js` for cjs and `.mjs` for esm are honoured.
    outExtension: {
      '.js':
        userExtension === '.js' && format === 'cjs'
          ? '.js'
          : userExtension === '.mjs' && format === 'esm'
            ? '.mjs'
            : format === 'esm'
              ? '.js'
              : '.cjs',
    },
  };
}

/**
 * The same sources and options as one CommonJS file: what the functions were before code
 * splitting, so the report shows what splitting buys. Dynamic imports stay lazy (esbuild turns
 * them into a deferred require of code in the same file), they just cannot leave the file.
 */
export function singleCommonJs(options: BuildOptions): BuildOptions {
  const single: BuildOptions = { ...options, format: 'cjs', outExtension: { '.js': '.js' } };
  // The banner defines `require` for ES modules (import.meta.url); CommonJS has its own.
  delete single.splitting;
  delete single.chunkNames;
  delete single.banner;
  return single;
}

/** "The default way": esbuild, CommonJS, minified, nothing else. */
export const DEFAULT_WAY: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  minify: true,
  entryNames: '[name]',
  outExtension: { '.js': '.js' },
};

/** Builds into a clean `outdir` and reads the output graph from esbuild's metafile. */
export async function bundle(options: BuildOptions, outdir: string): Promise<Bundle> {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const entryModule = (options.entryPoints as readonly string[] | undefined)?.[0];
  if (!entryModule) throw new Error(`bundle into ${outdir}: one entry point expected`);
  const result = await build({
    absWorkingDir: WORKSPACE_ROOT,
    ...options,
    outdir,
    metafile: true,
    write: true,
    logLevel: 'silent',
  });
  return {
    dir: outdir,
    metafile: result.metafile,
    ...bundleGraph(result.metafile, outdir, entryModule),
  };
}

/** Writes a generated entry file (outside the output directory) and bundles it into `outdir`. */
export async function bundleSource(
  source: string,
  entryFile: string,
  options: BuildOptions,
  outdir: string,
): Promise<Bundle> {
  mkdirSync(path.dirname(entryFile), { recursive: true });
  writeFileSync(entryFile, source);
  return bundle({ ...options, entryPoints: [entryFile] }, outdir);
}
