import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BuildOptions } from 'esbuild';
import { FUNCTION_NAMES, sdkUsageOf, type FunctionName, type SdkUsage } from '../shared/functions';
import { round, type Summary } from '../shared/stats';
import { fromRoot, WORK_DIR } from '../shared/workspace';
import {
  bundle,
  bundleSource,
  DEFAULT_WAY,
  projectBuildOptions,
  singleCommonJs,
  type Bundle,
} from './build-bundles';
import {
  chunkHolding,
  firstLoadOf,
  loadedAtInit,
  packageAtInit,
  packagesOf,
  type BundleFile,
  type PackageAtInit,
  type Reach,
} from './bundle-graph';
import { componentEntries } from './component-entries';
import { measureInit, type InitSamples, type InitTarget } from './measure-init';
import { EMPTY_ENTRY_SOURCE, naiveEntrySource } from './naive-entry';
import type { PackageBytes } from './package-breakdown';

/** Targets of issue 7, relative to the naive bundle of the same clients. */
export const COLD_START_TARGETS = { initRatio: 0.7, sizeRatio: 0.65 } as const;

/** The package whose chunk the first sampled invocation loads (SampledTracer's import()). */
export const TRACER_PACKAGE = '@aws-lambda-powertools/tracer';

export interface MeasuredBundle {
  readonly id: string;
  readonly label: string;
  /** Bytes Node reads and evaluates at init: the entry and its static imports. */
  readonly bytes: number;
  /** Bytes of every file of the build (the deployment package's code). */
  readonly packageBytes: number;
  readonly fileCount: number;
  readonly wallMs: Summary;
  readonly cpuMs: Summary;
  readonly heapUsedMb: Summary;
}

/** A file of our build that init does not load. */
export interface LazyFile {
  readonly file: string;
  readonly bytes: number;
  readonly reach: Extract<Reach, 'dynamic' | 'unreferenced'>;
  readonly entryModule?: string;
  readonly importedBy: readonly string[];
  readonly holds: readonly PackageBytes[];
  /** What it is, from its packages and entry module. */
  readonly role: string;
}

/** What the first sampled invocation of an environment adds: loading the tracer's chunk. */
export interface FirstSampledCost {
  readonly chunk: string;
  /** The chunk plus its static imports not loaded at init. */
  readonly files: readonly string[];
  readonly bytes: number;
  readonly wallMs: Summary;
  readonly cpuMs: Summary;
}

export interface BuildSettings {
  readonly format: string;
  readonly splitting: boolean;
  readonly minify: boolean;
  readonly mainFields: readonly string[];
  readonly alias: Readonly<Record<string, string>>;
  readonly legalComments?: string;
}

export interface FunctionColdStart {
  readonly name: FunctionName;
  readonly sdk: readonly SdkUsage[];
  readonly settings: BuildSettings;
  /** naive, ours (dist) and ours as one CommonJS file, in that order. */
  readonly bundles: readonly MeasuredBundle[];
  /** Ours against naive: init by median wall time; size by bytes loaded at init (the target). */
  readonly ours: Ratios;
  readonly singleCjs: Ratios;
  /** Every file of dist/apps/<fn>/, with how init reaches it (edges from the rebuild's metafile). */
  readonly files: readonly { file: string; bytes: number; reach: Reach | 'not in rebuild' }[];
  readonly lazyFiles: readonly LazyFile[];
  readonly firstSampled?: FirstSampledCost;
  /** TypeBox code loaded at init, by directory, and which of our modules pull it in. */
  readonly typeboxAtInit?: PackageAtInit;
  readonly breakdown: {
    readonly atInit: readonly PackageBytes[];
    readonly lazy: readonly PackageBytes[];
    readonly naive: readonly PackageBytes[];
  };
  /** The harness's rebuild with the project's options against dist: same files, same sizes. */
  readonly rebuild: { readonly matchesDist: boolean; readonly differences: readonly string[] };
}

export interface Ratios {
  readonly initRatio: number;
  readonly initCpuRatio: number;
  /** Bytes loaded at init over naive's bytes: what the size target is judged on. */
  readonly sizeRatio: number;
  /** Whole deployment package over naive's bytes, shown next to it. */
  readonly packageRatio: number;
  readonly initMet: boolean;
  readonly sizeMet: boolean;
}

export interface ColdStartResult {
  readonly rounds: number;
  readonly targets: typeof COLD_START_TARGETS;
  readonly floor: MeasuredBundle;
  /** Single dependencies loaded alone: what the gap between the floor and ours is made of. */
  readonly components: readonly MeasuredBundle[];
  readonly functions: readonly FunctionColdStart[];
}

interface Candidate {
  readonly id: string;
  readonly label: string;
  readonly functionName: string;
  readonly file: string;
  readonly bytes: number;
  readonly packageBytes: number;
  readonly fileCount: number;
  readonly thenImport?: string;
}

interface FunctionBuilds {
  readonly sdk: SdkUsage[];
  readonly settings: BuildSettings;
  readonly naive: Bundle;
  readonly rebuilt: Bundle;
  readonly singleCjs: Bundle;
  readonly dist: ReturnType<typeof classifyDist>;
  readonly tracerChunk?: BundleFile;
}

export const LABELS = {
  naive: 'naive (default esbuild, default clients)',
  ours: 'ours (dist, as built)',
  singleCjs: 'ours as one CommonJS file (no splitting)',
} as const;

export async function runColdStartBench(options: {
  readonly rounds: number;
  readonly log: (line: string) => void;
}): Promise<ColdStartResult> {
  const dir = path.join(WORK_DIR, 'cold-start');
  const { log } = options;
  log('cold start: building the floor, naive, rebuilt, single-file and component bundles');

  const floor = await bundleSource(
    EMPTY_ENTRY_SOURCE,
    path.join(dir, 'empty', 'src', 'entry.ts'),
    DEFAULT_WAY,
    path.join(dir, 'empty', 'out'),
  );
  const candidates: Candidate[] = [candidate('floor', 'empty handler', 'empty', floor)];
  const builds = new Map<FunctionName, FunctionBuilds>();

  for (const fn of FUNCTION_NAMES) {
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
    const singleCjs = await bundle(
      singleCommonJs(projectOptions),
      path.join(dir, fn, 'single-cjs'),
    );
    const dist = classifyDist(distDir, rebuilt);
    const tracerChunk = chunkHolding(rebuilt, TRACER_PACKAGE);
    const distTracer = tracerChunk ? path.join(distDir, tracerChunk.file) : undefined;
    builds.set(fn, {
      sdk,
      settings: settingsOf(projectOptions),
      naive,
      rebuilt,
      singleCjs,
      dist,
      ...(tracerChunk ? { tracerChunk } : {}),
    });
    candidates.push(
      candidate(`${fn}/naive`, LABELS.naive, fn, naive),
      {
        id: `${fn}/ours`,
        label: LABELS.ours,
        functionName: fn,
        file: distEntry,
        bytes: dist.initBytes,
        packageBytes: dist.packageBytes,
        fileCount: dist.files.length,
      },
      candidate(`${fn}/single-cjs`, LABELS.singleCjs, fn, singleCjs),
    );
    if (distTracer && existsSync(distTracer)) {
      candidates.push({
        id: `${fn}/first-sampled`,
        label: 'ours, then the first sampled invocation',
        functionName: fn,
        file: distEntry,
        bytes: dist.initBytes,
        packageBytes: dist.packageBytes,
        fileCount: dist.files.length,
        thenImport: distTracer,
      });
    }
  }

  for (const component of componentEntries()) {
    const built = await bundleSource(
      component.source,
      path.join(dir, 'components', component.id, 'src', 'entry.ts'),
      projectBuildOptions(component.buildLike),
      path.join(dir, 'components', component.id, 'out'),
    );
    candidates.push(
      candidate(`component/${component.id}`, component.label, component.functionName, built),
    );
  }

  log(`cold start: ${candidates.length} probes x ${options.rounds} fresh processes (interleaved)`);
  const targets: InitTarget[] = candidates.map((c) => ({
    key: c.id,
    file: c.file,
    functionName: c.functionName,
    ...(c.thenImport ? { thenImport: c.thenImport } : {}),
  }));
  const samples = await measureInit(targets, options.rounds, (r) => {
    if (r % 5 === 0 || r === options.rounds) log(`cold start: round ${r}/${options.rounds}`);
  });

  const measured = (id: string): MeasuredBundle => {
    const found = candidates.find((c) => c.id === id);
    const sample = samples.get(id) as InitSamples;
    if (!found) throw new Error(`no candidate ${id}`);
    return {
      id,
      label: found.label,
      bytes: found.bytes,
      packageBytes: found.packageBytes,
      fileCount: found.fileCount,
      wallMs: sample.wallMs,
      cpuMs: sample.cpuMs,
      heapUsedMb: sample.heapUsedMb,
    };
  };

  const functions = FUNCTION_NAMES.map((fn): FunctionColdStart => {
    const built = builds.get(fn) as FunctionBuilds;
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
      ours: ratios(ours, naive),
      singleCjs: ratios(single, naive),
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
  });

  return {
    rounds: options.rounds,
    targets: COLD_START_TARGETS,
    floor: measured('floor'),
    components: candidates.filter((c) => c.id.startsWith('component/')).map((c) => measured(c.id)),
    functions,
  };
}

function candidate(id: string, label: string, functionName: string, built: Bundle): Candidate {
  return {
    id,
    label,
    functionName,
    file: built.entry,
    bytes: built.initBytes,
    packageBytes: built.packageBytes,
    fileCount: built.files.length,
  };
}

/**
 * The files of dist/apps/<fn>/ with their sizes on disk, classified by the rebuild's graph
 * (esbuild's file names are content hashes, so equal names and sizes mean the same build).
 */
function classifyDist(distDir: string, rebuilt: Bundle) {
  const onDisk = filesUnder(distDir).map((file) => ({
    file,
    bytes: statSync(path.join(distDir, file)).size,
  }));
  const byName = new Map(rebuilt.files.map((f) => [f.file, f]));
  const differences: string[] = [];
  const files = onDisk.map(({ file, bytes }) => {
    const twin = byName.get(file);
    if (!twin) differences.push(`${file} is in dist only`);
    else if (twin.bytes !== bytes)
      differences.push(`${file}: dist ${bytes} B, rebuild ${twin.bytes} B`);
    return { file, bytes, reach: twin?.reach ?? ('not in rebuild' as const) };
  });
  for (const f of rebuilt.files) {
    if (!onDisk.some((d) => d.file === f.file))
      differences.push(`${f.file} is in the rebuild only`);
  }
  const sum = (list: typeof files) => list.reduce((total, f) => total + f.bytes, 0);
  return {
    files,
    differences,
    initBytes: sum(files.filter((f) => f.reach === 'entry' || f.reach === 'static')),
    packageBytes: sum(files),
  };
}

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return filesUnder(dir, relative);
      return /\.(m|c)?js$/.test(entry.name) ? [relative] : [];
    })
    .sort();
}

function lazyFile(file: BundleFile): LazyFile {
  return {
    file: file.file,
    bytes: file.bytes,
    reach: file.reach === 'unreferenced' ? 'unreferenced' : 'dynamic',
    ...(file.entryModule ? { entryModule: file.entryModule } : {}),
    importedBy: file.dynamicallyImportedBy,
    holds: file.packages.slice(0, 5),
    role: roleOf(file),
  };
}

/** A reader's name for a chunk, from the module its import() targets and its packages. */
function roleOf(file: BundleFile): string {
  const module = file.entryModule ?? '';
  const has = (name: string) => file.packages.some((p) => p.name === name);
  if (module.includes(`node_modules/${TRACER_PACKAGE}/`))
    return 'X-Ray tracing: Powertools Tracer with the X-Ray SDK (SampledTracer imports it on the first sampled invocation)';
  if (has('typebox')) return 'TypeBox (validation error details of the contracts)';
  if (module.includes('node_modules/bowser/'))
    return "SDK internals: browser user-agent parser (bowser), the browser build's code path";
  if (module.includes('/event-streams/'))
    return 'SDK internals: event-stream serde (@smithy/core), for streaming operations';
  if (module) return `import() of ${module}`;
  const top = file.packages[0];
  return top ? `shared code of lazily loaded chunks (mostly ${top.name})` : 'shared code';
}

function settingsOf(options: BuildOptions): BuildSettings {
  return {
    format: options.format ?? 'iife',
    splitting: options.splitting === true,
    minify: options.minify === true,
    mainFields: options.mainFields ?? [],
    alias: options.alias ?? {},
    ...(options.legalComments ? { legalComments: options.legalComments } : {}),
  };
}

function ratios(candidate: MeasuredBundle, naive: MeasuredBundle): Ratios {
  const initRatio = round(candidate.wallMs.p50 / naive.wallMs.p50, 3);
  const sizeRatio = round(candidate.bytes / naive.bytes, 3);
  return {
    initRatio,
    initCpuRatio: round(candidate.cpuMs.p50 / naive.cpuMs.p50, 3),
    sizeRatio,
    packageRatio: round(candidate.packageBytes / naive.packageBytes, 3),
    initMet: initRatio <= COLD_START_TARGETS.initRatio,
    sizeMet: sizeRatio <= COLD_START_TARGETS.sizeRatio,
  };
}
