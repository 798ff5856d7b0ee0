import { readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import type { FunctionName } from '../shared/functions';
import { fromRoot } from '../shared/workspace';

export interface Bundle {
  readonly file: string;
  readonly bytes: number;
  readonly metafile?: Metafile;
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
 * way @nx/esbuild passes them on, so a rebuilt bundle matches dist/apps/<fn>/main.js.
 */
export function projectBuildOptions(fn: FunctionName): BuildOptions {
  const project = JSON.parse(readFileSync(fromRoot('apps', fn, 'project.json'), 'utf8')) as {
    targets: { build: { options: NxEsbuildOptions } };
  };
  const options = project.targets.build.options;
  // outExtension is @nx/esbuild's own option, not esbuild's.
  const esbuildOptions = { ...(options.esbuildOptions ?? {}) };
  delete esbuildOptions['outExtension'];
  return {
    entryPoints: [fromRoot(options.main)],
    tsconfig: fromRoot(options.tsConfig),
    bundle: options.bundle ?? true,
    platform: options.platform ?? 'node',
    ...(options.target ? { target: options.target } : {}),
    format: (options.format?.[0] as BuildOptions['format']) ?? 'cjs',
    minify: options.minify ?? false,
    ...(esbuildOptions as BuildOptions),
  };
}

/** "The default way": esbuild, CommonJS, minified, nothing else. */
export const DEFAULT_WAY: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  minify: true,
};

export async function bundle(options: BuildOptions, outfile: string): Promise<Bundle> {
  mkdirSync(path.dirname(outfile), { recursive: true });
  const result = await build({
    ...options,
    outfile,
    metafile: true,
    write: true,
    logLevel: 'silent',
  });
  return { file: outfile, bytes: statSync(outfile).size, metafile: result.metafile };
}

/** Writes a generated entry file next to its bundle and bundles it. */
export async function bundleSource(
  source: string,
  entryFile: string,
  options: BuildOptions,
  outfile: string,
): Promise<Bundle> {
  mkdirSync(path.dirname(entryFile), { recursive: true });
  writeFileSync(entryFile, source);
  return bundle({ ...options, entryPoints: [entryFile] }, outfile);
}

/** Redirects every import of `specifier` to `replacement`, except the replacement's own. */
export function redirectPlugin(name: string, specifier: string, replacement: string): Plugin {
  const filter = new RegExp(`^${specifier.replace(/[/.@-]/g, '\\$&')}$`);
  return {
    name,
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter }, (args) =>
        path.resolve(args.importer) === replacement ? undefined : { path: replacement },
      );
    },
  };
}
