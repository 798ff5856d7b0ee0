import type { FunctionName } from '../shared/functions';
import { firstLoadOf, loadedAtInit, packageAtInit, packagesOf } from './bundle-graph';
import type { FunctionColdStart } from './cold-start-result';
import type { FunctionBuilds } from './function-builds';
import { lazyFile } from './lazy-files';
import type { InitSamples } from './measure-init';
import type { MeasuredBundle } from './measured-bundle';
import { ratiosToNaive } from './target-ratios';

/** One function's result: its measured builds, ratios, and what init loads and leaves lazy. */
export function functionColdStart(
  fn: FunctionName,
  built: FunctionBuilds,
  measured: (id: string) => MeasuredBundle,
  samples: ReadonlyMap<string, InitSamples>,
): FunctionColdStart {
  const bundles = ['naive', 'ours', 'single-cjs'].map((id) => measured(`${fn}/${id}`));
  const [naive, ours, single] = bundles as [MeasuredBundle, MeasuredBundle, MeasuredBundle];
  const lazySample = samples.get(`${fn}/first-sampled`)?.lazy;
  const firstLoad = built.tracerChunk ? firstLoadOf(built.rebuilt, built.tracerChunk.file) : [];
  const notAtInit = built.rebuilt.files.filter((f) => !loadedAtInit(f));
  const typebox = packageAtInit(
    built.rebuilt.metafile,
    built.rebuilt,
    built.rebuilt.dir,
    'typebox',
  );
  return {
    name: fn,
    sdk: built.sdk,
    settings: built.settings,
    bundles,
    ours: ratiosToNaive(ours, naive),
    singleCjs: ratiosToNaive(single, naive),
    files: built.dist.files,
    lazyFiles: notAtInit.map(lazyFile),
    ...(built.tracerChunk && lazySample
      ? {
          firstSampled: {
            chunk: built.tracerChunk.file,
            files: firstLoad.map((f) => f.file),
            bytes: firstLoad.reduce((total, f) => total + f.bytes, 0),
            wallMs: lazySample.wallMs,
            cpuMs: lazySample.cpuMs,
          },
        }
      : {}),
    ...(typebox.parts.length ? { typeboxAtInit: typebox } : {}),
    breakdown: {
      atInit: packagesOf(built.rebuilt.files.filter(loadedAtInit)),
      lazy: packagesOf(notAtInit),
      naive: packagesOf(built.naive.files),
    },
    rebuild: {
      matchesDist: built.dist.differences.length === 0,
      differences: built.dist.differences,
    },
  };
}
