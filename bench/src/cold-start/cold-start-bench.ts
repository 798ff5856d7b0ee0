import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BuildOptions, Plugin } from 'esbuild';
import { aotValidatorsPlugin } from './aot-validators';
import { FUNCTION_NAMES, sdkUsageOf, type FunctionName, type SdkUsage } from '../shared/functions';
import { round, type Summary } from '../shared/stats';
import { fromRoot, WORK_DIR } from '../shared/workspace';
import {
  bundle,
  bundleSource,
  DEFAULT_WAY,
  projectBuildOptions,
  redirectPlugin,
  type Bundle,
} from './build-bundles';
import { measureInit, type InitSamples, type InitTarget } from './measure-init';
import { EMPTY_ENTRY_SOURCE, naiveEntrySource } from './naive-entry';
import { bytesPerPackage, type PackageBytes } from './package-breakdown';
import { componentEntries } from './component-entries';

/** Targets of issue 7, relative to the naive bundle of the same clients. */
export const COLD_START_TARGETS = { initRatio: 0.7, sizeRatio: 0.65 } as const;

export interface MeasuredBundle {
  readonly id: string;
  readonly label: string;
  readonly bytes: number;
  readonly wallMs: Summary;
  readonly cpuMs: Summary;
  readonly heapUsedMb: Summary;
}

export interface FunctionColdStart {
  readonly name: FunctionName;
  readonly sdk: readonly SdkUsage[];
  /** naive, ours (the dist artifact) and the bundling variants, in that order. */
  readonly bundles: readonly MeasuredBundle[];
  /** Our dist bundle against the naive one: init by median wall time, size in bytes. */
  readonly ours: Ratios;
  /** The leanest variant against the naive one. */
  readonly leanest: Ratios & { readonly id: string };
  readonly breakdown: {
    readonly ours: readonly PackageBytes[];
    readonly naive: readonly PackageBytes[];
    readonly leanest: readonly PackageBytes[];
  };
  /** Size of the harness's rebuild with the project's options (matches dist when in sync). */
  readonly rebuiltBytes: number;
}

export interface Ratios {
  readonly initRatio: number;
  readonly initCpuRatio: number;
  readonly sizeRatio: number;
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
  readonly bundle: Bundle;
}

const VARIANTS = [
  {
    id: 'env-credentials',
    label: 'ours + env-only credentials',
    plugins: ['env-credentials'],
  },
  {
    id: 'env-credentials+lazy-tracer',
    label: 'ours + env creds + lazy tracer',
    plugins: ['env-credentials', 'lazy-tracer'],
  },
  {
    id: 'env-credentials+lazy-tracer+aot-validators',
    label: 'ours + env creds + lazy tracer + AOT checks',
    plugins: ['env-credentials', 'lazy-tracer', 'aot-validators'],
  },
] as const;

type ShimName = (typeof VARIANTS)[number]['plugins'][number];

const SHIMS: Partial<Record<ShimName, Plugin>> = {
  'env-credentials': redirectPlugin(
    'env-credentials',
    '@aws-sdk/credential-provider-node',
    path.join(__dirname, 'shims', 'env-credentials.ts'),
  ),
  'lazy-tracer': redirectPlugin(
    'lazy-tracer',
    '@aws-lambda-powertools/tracer',
    path.join(__dirname, 'shims', 'lazy-tracer.ts'),
  ),
};

export async function runColdStartBench(options: {
  readonly rounds: number;
  readonly log: (line: string) => void;
}): Promise<ColdStartResult> {
  const dir = path.join(WORK_DIR, 'cold-start');
  const { log } = options;
  log('cold start: building the floor, naive, rebuilt and variant bundles');
  SHIMS['aot-validators'] ??= await aotValidatorsPlugin();

  const floor = await bundleSource(
    EMPTY_ENTRY_SOURCE,
    path.join(dir, 'empty', 'entry.ts'),
    DEFAULT_WAY,
    path.join(dir, 'empty', 'main.js'),
  );
  const candidates: Candidate[] = [
    { id: 'floor', label: 'empty handler', functionName: 'empty', bundle: floor },
  ];
  const perFunction = new Map<FunctionName, { sdk: SdkUsage[]; rebuilt: Bundle; naive: Bundle }>();

  for (const fn of FUNCTION_NAMES) {
    const dist = fromRoot('dist', 'apps', fn, 'main.js');
    if (!existsSync(dist)) {
      throw new Error(
        `${dist} is missing: build first (npx nx run ${fn}:build) or drop --no-build`,
      );
    }
    const sdk = sdkUsageOf(fn);
    const naive = await bundleSource(
      naiveEntrySource(sdk),
      path.join(dir, fn, 'naive', 'entry.ts'),
      DEFAULT_WAY,
      path.join(dir, fn, 'naive', 'main.js'),
    );
    const projectOptions = projectBuildOptions(fn);
    const rebuilt = await bundle(projectOptions, path.join(dir, fn, 'rebuilt', 'main.js'));
    perFunction.set(fn, { sdk, rebuilt, naive });
    candidates.push(
      {
        id: `${fn}/naive`,
        label: 'naive (default esbuild, default clients)',
        functionName: fn,
        bundle: naive,
      },
      {
        id: `${fn}/ours`,
        label: 'ours (dist, as built)',
        functionName: fn,
        bundle: {
          file: dist,
          bytes: statSync(dist).size,
          ...(rebuilt.metafile ? { metafile: rebuilt.metafile } : {}),
        },
      },
    );
    for (const variant of VARIANTS) {
      const variantOptions: BuildOptions = {
        ...projectOptions,
        plugins: variant.plugins.map((name) => {
          const plugin = SHIMS[name];
          if (!plugin) throw new Error(`no plugin ${name}`);
          return plugin;
        }),
      };
      candidates.push({
        id: `${fn}/${variant.id}`,
        label: variant.label,
        functionName: fn,
        bundle: await bundle(variantOptions, path.join(dir, fn, variant.id, 'main.js')),
      });
    }
  }

  for (const component of componentEntries()) {
    candidates.push({
      id: `component/${component.id}`,
      label: component.label,
      functionName: component.functionName,
      bundle: await bundleSource(
        component.source,
        path.join(dir, 'components', component.id, 'entry.ts'),
        projectBuildOptions(component.buildLike),
        path.join(dir, 'components', component.id, 'main.js'),
      ),
    });
  }

  log(`cold start: ${candidates.length} bundles x ${options.rounds} fresh processes (interleaved)`);
  const targets: InitTarget[] = candidates.map((c) => ({
    key: c.id,
    file: c.bundle.file,
    functionName: c.functionName,
  }));
  const samples = await measureInit(targets, options.rounds, (r) => {
    if (r % 5 === 0 || r === options.rounds) log(`cold start: round ${r}/${options.rounds}`);
  });

  const measured = (id: string): MeasuredBundle => {
    const candidate = candidates.find((c) => c.id === id);
    const sample = samples.get(id) as InitSamples;
    if (!candidate) throw new Error(`no candidate ${id}`);
    return { id, label: candidate.label, bytes: candidate.bundle.bytes, ...sample };
  };

  const functions = FUNCTION_NAMES.map((fn): FunctionColdStart => {
    const { sdk, rebuilt, naive } = perFunction.get(fn) as {
      sdk: SdkUsage[];
      rebuilt: Bundle;
      naive: Bundle;
    };
    const ids = ['naive', 'ours', ...VARIANTS.map((v) => v.id)].map((id) => `${fn}/${id}`);
    const bundles = ids.map(measured);
    const [naiveBundle, ours, ...variants] = bundles as [
      MeasuredBundle,
      MeasuredBundle,
      ...MeasuredBundle[],
    ];
    const leanest = [ours, ...variants].reduce((best, b) =>
      b.wallMs.p50 < best.wallMs.p50 ? b : best,
    );
    const leanestCandidate = candidates.find((c) => c.id === leanest.id);
    return {
      name: fn,
      sdk,
      bundles,
      ours: ratios(ours, naiveBundle),
      leanest: { id: leanest.id, ...ratios(leanest, naiveBundle) },
      breakdown: {
        ours: rebuilt.metafile ? bytesPerPackage(rebuilt.metafile) : [],
        naive: naive.metafile ? bytesPerPackage(naive.metafile) : [],
        leanest: leanestCandidate?.bundle.metafile
          ? bytesPerPackage(leanestCandidate.bundle.metafile)
          : [],
      },
      rebuiltBytes: rebuilt.bytes,
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

function ratios(candidate: MeasuredBundle, naive: MeasuredBundle): Ratios {
  const initRatio = round(candidate.wallMs.p50 / naive.wallMs.p50, 3);
  const sizeRatio = round(candidate.bytes / naive.bytes, 3);
  return {
    initRatio,
    initCpuRatio: round(candidate.cpuMs.p50 / naive.cpuMs.p50, 3),
    sizeRatio,
    initMet: initRatio <= COLD_START_TARGETS.initRatio,
    sizeMet: sizeRatio <= COLD_START_TARGETS.sizeRatio,
  };
}
