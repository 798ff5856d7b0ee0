import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Bundle } from './build-bundles';
import type { Reach } from './bundle-graph';

/** dist/apps/<fn>/ as the rebuild's graph sees it, and where the two differ. */
export interface DistFiles {
  readonly files: { file: string; bytes: number; reach: Reach | 'not in rebuild' }[];
  readonly differences: string[];
  /** The entry and its static imports: what init reads. */
  readonly initBytes: number;
  readonly packageBytes: number;
}

/**
 * The files of dist/apps/<fn>/ with their sizes on disk, classified by the rebuild's graph
 * (esbuild's file names are content hashes, so equal names and sizes mean the same build).
 */
export function classifyDist(distDir: string, rebuilt: Bundle): DistFiles {
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
