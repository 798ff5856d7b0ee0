import { existsSync } from 'node:fs';
import path from 'node:path';
import { sdkUsageOf, type FunctionName, type SdkUsage } from '../shared/functions';
import { fromRoot } from '../shared/workspace';
import {
  bundle,
  bundleSource,
  DEFAULT_WAY,
  projectBuildOptions,
  singleCommonJs,
  type Bundle,
} from './build-bundles';
import { buildSettingsOf, type BuildSettings } from './build-settings';
import { chunkHolding, type BundleFile } from './bundle-graph';
import { classifyDist, type DistFiles } from './dist-files';
import { naiveEntrySource } from './naive-entry';
import { TRACER_PACKAGE } from './tracer-package';

/** Everything built for one function: what is probed and what its graph is read from. */
export interface FunctionBuilds {
  readonly sdk: SdkUsage[];
  readonly settings: BuildSettings;
  readonly naive: Bundle;
  /** The project's options built again by the harness, for the metafile dist does not keep. */
  readonly rebuilt: Bundle;
  readonly singleCjs: Bundle;
  readonly dist: DistFiles;
  /** dist's entry, the file Lambda loads. */
  readonly distEntry: string;
  readonly tracerChunk?: BundleFile;
  /** The tracer's chunk in dist, when dist has it. */
  readonly distTracer?: string;
}

/** Builds a function the three ways it is compared, next to dist/apps/<fn>/ as built. */
export async function buildFunction(fn: FunctionName, dir: string): Promise<FunctionBuilds> {
  const distDir = fromRoot('dist', 'apps', fn);
  const projectOptions = projectBuildOptions(fn);
  const rebuilt = await bundle(projectOptions, path.join(dir, fn, 'rebuilt'));
  const distEntry = path.join(distDir, path.relative(rebuilt.dir, rebuilt.entry));
  if (!existsSync(distEntry)) {
    throw new Error(
      `${distEntry} is missing: build first (npx nx run ${fn}:build) or drop --build never`,
    );
  }
  const sdk = sdkUsageOf(fn);
  const naive = await bundleSource(
    naiveEntrySource(sdk),
    path.join(dir, fn, 'naive', 'src', 'entry.ts'),
    DEFAULT_WAY,
    path.join(dir, fn, 'naive', 'out'),
  );
  const singleCjs = await bundle(singleCommonJs(projectOptions), path.join(dir, fn, 'single-cjs'));
  const dist = classifyDist(distDir, rebuilt);
  const tracerChunk = chunkHolding(rebuilt, TRACER_PACKAGE);
  const distTracer = tracerChunk ? path.join(distDir, tracerChunk.file) : undefined;
  return {
    sdk,
    settings: buildSettingsOf(projectOptions),
    naive,
    rebuilt,
    singleCjs,
    dist,
    distEntry,
    ...(tracerChunk ? { tracerChunk } : {}),
    ...(distTracer && existsSync(distTracer) ? { distTracer } : {}),
  };
}
