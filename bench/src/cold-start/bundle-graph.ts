import path from 'node:path';
import type { Metafile } from 'esbuild';
import { WORKSPACE_ROOT } from '../shared/workspace';
import { bytesPerPackage, sumPackages, type PackageBytes } from './package-breakdown';

/**
 * How a file of a build is reached from its entry:
 * - `entry`, `static`: the entry and what it imports with `import` statements, transitively;
 *   Node loads, parses and evaluates all of them before the handler exists (Lambda init).
 * - `dynamic`: reached only through an `import()`, loaded the first time that code runs.
 * - `unreferenced`: nothing imports it (esbuild emits a chunk per `import()` target even when
 *   tree-shaking removed the only caller); it ships in the package and is never loaded.
 */
export type Reach = 'entry' | 'static' | 'dynamic' | 'unreferenced';

export interface BundleFile {
  /** Relative to the build's output directory, with `/`. */
  readonly file: string;
  readonly bytes: number;
  readonly reach: Reach;
  /** The module an `import()` of this chunk resolves to (esbuild's `entryPoint`), if any. */
  readonly entryModule?: string;
  /** Files whose `import()` loads this one. */
  readonly dynamicallyImportedBy: readonly string[];
  /** Files this one imports with `import` statements. */
  readonly staticImports: readonly string[];
  readonly packages: readonly PackageBytes[];
}

export interface BundleGraph {
  /** Absolute path of the entry output (what Lambda loads: `main.handler`). */
  readonly entry: string;
  readonly files: readonly BundleFile[];
  /** Entry plus its static imports, transitively: what a cold start reads and evaluates. */
  readonly initBytes: number;
  /** Every output file: what the deployment package holds. */
  readonly packageBytes: number;
}

type Output = Metafile['outputs'][string];

/** Reads static and dynamic edges between a build's outputs from its metafile. */
export function bundleGraph(metafile: Metafile, outdir: string, entryModule: string): BundleGraph {
  const relative = (key: string) =>
    path.relative(outdir, path.resolve(WORKSPACE_ROOT, key)).split(path.sep).join('/');
  const outputs = new Map<string, Output>(
    Object.entries(metafile.outputs)
      .filter(([key]) => !key.endsWith('.map'))
      .map(([key, output]) => [relative(key), output]),
  );
  const entryAbsolute = path.resolve(WORKSPACE_ROOT, entryModule);
  const entry = [...outputs.entries()].find(
    ([, o]) => o.entryPoint && path.resolve(WORKSPACE_ROOT, o.entryPoint) === entryAbsolute,
  )?.[0];
  if (!entry) throw new Error(`no output of ${entryModule} in the metafile of ${outdir}`);

  const edges = (file: string, kind: 'import-statement' | 'dynamic-import') =>
    (outputs.get(file)?.imports ?? [])
      .filter((i) => !i.external && i.kind === kind)
      .map((i) => relative(i.path))
      .filter((target) => outputs.has(target));
  const closure = (
    roots: readonly string[],
    kinds: readonly ('import-statement' | 'dynamic-import')[],
  ) => {
    const seen = new Set<string>();
    const queue = [...roots];
    while (queue.length) {
      const file = queue.pop() as string;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const kind of kinds) queue.push(...edges(file, kind));
    }
    return seen;
  };
  const atInit = closure([entry], ['import-statement']);
  const reachable = closure([entry], ['import-statement', 'dynamic-import']);

  const files = [...outputs.entries()]
    .map(([file, output]): BundleFile => {
      const reach: Reach =
        file === entry
          ? 'entry'
          : atInit.has(file)
            ? 'static'
            : reachable.has(file)
              ? 'dynamic'
              : 'unreferenced';
      return {
        file,
        bytes: output.bytes,
        reach,
        ...(output.entryPoint && file !== entry ? { entryModule: output.entryPoint } : {}),
        dynamicallyImportedBy: [...outputs.keys()].filter((other) =>
          edges(other, 'dynamic-import').includes(file),
        ),
        staticImports: edges(file, 'import-statement'),
        packages: bytesPerPackage([output]),
      };
    })
    .sort(
      (a, b) => REACH_ORDER.indexOf(a.reach) - REACH_ORDER.indexOf(b.reach) || b.bytes - a.bytes,
    );
  const sum = (list: readonly BundleFile[]) => list.reduce((total, f) => total + f.bytes, 0);
  return {
    entry: path.join(outdir, entry),
    files,
    initBytes: sum(files.filter(loadedAtInit)),
    packageBytes: sum(files),
  };
}

const REACH_ORDER: readonly Reach[] = ['entry', 'static', 'dynamic', 'unreferenced'];

export function loadedAtInit(file: BundleFile): boolean {
  return file.reach === 'entry' || file.reach === 'static';
}

/**
 * What the first `import()` of a chunk adds to what init already loaded: the chunk and its
 * static imports, transitively, minus the files loaded at init.
 */
export function firstLoadOf(graph: BundleGraph, chunk: string): readonly BundleFile[] {
  const byName = new Map(graph.files.map((f) => [f.file, f]));
  const seen = new Set<string>();
  const queue = [chunk];
  while (queue.length) {
    const file = byName.get(queue.pop() as string);
    if (!file || seen.has(file.file) || loadedAtInit(file)) continue;
    seen.add(file.file);
    queue.push(...file.staticImports);
  }
  return graph.files.filter((f) => seen.has(f.file));
}

/** Per-package bytes of the files loaded at init, and of all files. */
export function packagesOf(files: readonly BundleFile[]): PackageBytes[] {
  return sumPackages(files.map((f) => f.packages));
}

/** The file whose `import()` target lies in `packageName` (e.g. the lazily loaded tracer). */
export function chunkHolding(graph: BundleGraph, packageName: string): BundleFile | undefined {
  return graph.files.find(
    (f) => f.reach === 'dynamic' && f.entryModule?.includes(`node_modules/${packageName}/`),
  );
}

export interface PackageAtInit {
  readonly packageName: string;
  /** Bytes at init per directory inside the package, two levels deep (e.g. `build/format`). */
  readonly parts: readonly { readonly part: string; readonly bytes: number }[];
  /** Our modules (outside node_modules) whose static imports pull the package in at init. */
  readonly importedBy: readonly string[];
}

/** Which parts of a package the files loaded at init hold, and which of our modules import it. */
export function packageAtInit(
  metafile: Metafile,
  graph: BundleGraph,
  outdir: string,
  packageName: string,
): PackageAtInit {
  const marker = `node_modules/${packageName}/`;
  const initFiles = new Set(graph.files.filter(loadedAtInit).map((f) => f.file));
  const parts = new Map<string, number>();
  const inInit = new Set<string>();
  for (const [key, output] of Object.entries(metafile.outputs)) {
    const file = path.relative(outdir, path.resolve(WORKSPACE_ROOT, key)).split(path.sep).join('/');
    if (!initFiles.has(file)) continue;
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (bytesInOutput > 0) inInit.add(input);
      const at = input.lastIndexOf(marker);
      if (at < 0 || bytesInOutput === 0) continue;
      // Two levels (e.g. `build/format`) name a package's sub-entry without listing every file.
      const part = path.posix
        .dirname(input.slice(at + marker.length))
        .split('/')
        .slice(0, 2)
        .join('/');
      parts.set(part, (parts.get(part) ?? 0) + bytesInOutput);
    }
  }
  const importedBy = Object.entries(metafile.inputs)
    .filter(([input]) => !input.includes('node_modules/') && inInit.has(input))
    .filter(([, meta]) =>
      meta.imports.some((i) => i.kind === 'import-statement' && i.path.includes(marker)),
    )
    .map(([input]) => input);
  return {
    packageName,
    parts: [...parts.entries()]
      .map(([part, bytes]) => ({ part, bytes }))
      .sort((a, b) => b.bytes - a.bytes),
    importedBy,
  };
}
