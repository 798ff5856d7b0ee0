import type { PackageBytes } from './package-breakdown';
import type { BundleFile, Reach } from './bundle-graph';
import { TRACER_PACKAGE } from './tracer-package';

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

export function lazyFile(file: BundleFile): LazyFile {
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
