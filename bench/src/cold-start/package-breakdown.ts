import type { Metafile } from 'esbuild';

export interface PackageBytes {
  readonly name: string;
  readonly bytes: number;
}

/**
 * Output bytes per npm package (or per workspace project) from an esbuild metafile: what a
 * bundle is made of, after tree-shaking and minification.
 */
export function bytesPerPackage(metafile: Metafile): PackageBytes[] {
  const totals = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = ownerOf(input);
      totals.set(name, (totals.get(name) ?? 0) + bytesInOutput);
    }
  }
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
  if (input.startsWith('bench/')) return '(entry)';
  const [top, project] = input.split('/');
  return top === 'apps' || top === 'libs' || top === 'tools' ? `${top}/${project}` : input;
}
