import type { BenchResults } from '../../results';
import { renderBundlingChanges } from './cold-start/bundling-section';
import { renderComponents } from './cold-start/components-table';
import { renderFunctionColdStart } from './cold-start/function-table';

/** Section 1 of BENCHMARKS.md: how the builds are compared, then each function and the gaps. */
export function renderColdStart(
  results: BenchResults,
  chart: (name: string, alt: string) => string,
): string {
  const cold = results.coldStart;
  if (!cold) return '## 1. Cold start\n\nNot measured in this run (see the end of this file).';
  const floor = cold.floor.wallMs.p50;
  const out: string[] = [
    '## 1. Cold start: bundle size and module initialisation',
    '',
    `Each build's entry is \`require()\`d in a fresh Node ${process.versions.node.split('.')[0]} process with a Lambda-like environment ` +
      `(only placeholder credentials and the stack's variables), timed with \`process.hrtime\` inside the child; ` +
      `${cold.rounds} processes per build, interleaved in random order round by round. "Ours" is \`dist/apps/<fn>/\` as ` +
      '`nx build` makes it: an ES module `main.mjs` plus `chunks/*.mjs` (esbuild code splitting); Node 24 `require()`s ' +
      '`main.mjs` with the chunks it imports statically, and does not read a chunk behind an `import()` until that code runs. ' +
      '"Naive" is the same SDK clients and commands the function uses (read from its adapters), `new XClient({})`, bundled the ' +
      'default way (`esbuild --bundle --platform=node --format=cjs --minify`). "One CommonJS file" is ours rebuilt by the harness ' +
      'from the same sources with the same options except `format: cjs` and no splitting: what splitting buys.',
    '',
    '**Two sizes.** *Loaded at init* is `main.mjs` plus the chunks it imports statically, transitively (the `import-statement` ' +
      "edges of the esbuild metafile of a rebuild with the project's options, checked against dist file by file). *Deployment " +
      'package* is every file. The size target is judged on the size loaded at init, because that is what Lambda reads, parses ' +
      'and evaluates at a cold start; the package is downloaded whole, but its lazily loaded files are not parsed or evaluated ' +
      'until (unless) their `import()` runs. The package size and its ratio are shown next to it. For the naive build and the ' +
      'one-file build both sizes are the same file.',
    '',
    chart('cold-start.svg', 'Module initialisation per function'),
  ];
  for (const fn of cold.functions) out.push(renderFunctionColdStart(fn, floor, cold));
  out.push(renderComponents(cold), '', renderBundlingChanges(cold));
  return out.join('\n');
}
