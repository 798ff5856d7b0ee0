import type { FunctionColdStart } from '../../../cold-start/cold-start-result';
import { kb, table } from '../../markdown';

/** The twelve largest packages of our build, at init and not, next to naive's. */
export function renderLargestPackages(fn: FunctionColdStart): string {
  const atInit = new Map(fn.breakdown.atInit.map((p) => [p.name, p.bytes]));
  const lazy = new Map(fn.breakdown.lazy.map((p) => [p.name, p.bytes]));
  const naiveBytes = new Map(fn.breakdown.naive.map((p) => [p.name, p.bytes]));
  const top = [...new Set([...atInit.keys(), ...lazy.keys()])]
    .map((name) => ({ name, total: (atInit.get(name) ?? 0) + (lazy.get(name) ?? 0) }))
    .sort((a, b) => b.total - a.total)
    .slice(0, 12);
  return [
    'Largest packages (esbuild metafile, bytes after minification):',
    '',
    table(
      ['Package', 'Ours, at init', 'Ours, not at init', 'Naive'],
      top.map(({ name }) => [
        name,
        kb(atInit.get(name) ?? 0),
        kb(lazy.get(name) ?? 0),
        kb(naiveBytes.get(name) ?? 0),
      ]),
    ),
  ].join('\n');
}
