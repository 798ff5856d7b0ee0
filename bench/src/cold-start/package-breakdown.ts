import type { Metafile } from 'esbuild';

export interface PackageBytes {
  readonly name: string;
  readonly bytes: number;
}

type Output = Metafile['outputs'][string];

/**
 * Output bytes per npm package (or per workspace project) of some output files of an esbuild
 * metafile: what they are made of, after tree-shaking and minification.
 */
export function bytesPerPackage(outputs: Iterable<Output>): PackageBytes[] {
  const totals = new Map<string, number>();
  for (const output of outputs) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = ownerOf(input);
      totals.set(name, (totals.get(name) ?? 0) + bytesInOutput);
    }
  }
  return sortedPackages(totals);
}

/** Adds up per-package lists (e.g. of the files loaded at init). */
export function sumPackages(lists: Iterable<readonly PackageBytes[]>): PackageBytes[] {
  const totals = new Map<string, number>();
  for (const list of lists) {
    for (const { name, bytes } of list) totals.set(name, (totals.get(name) ?? 0) + bytes);
  }
  return sortedPackages(totals);
}

function sortedPackages(totals: ReadonlyMap<string, number>): PackageBytes[] {
  return [...totals.entries()]
    .map(([name, bytes]) => ({ name, bytes }))
    .filter(({ bytes }) => bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
}

function ownerOf(input: string): string {
  const marker = 'node_modules/';
  const index = input.lastIndexOf(marker);
  if (index >= 0) {
    const parts = input.slice(index + marker.length).split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? input);
  }
  if (input.startsWith('bench/') || input.startsWith('tmp/')) return '(entry)';
  const [top, project] = input.split('/');
  return top === 'apps' || top === 'libs' || top === 'tools' ? `${top}/${project}` : input;
}
