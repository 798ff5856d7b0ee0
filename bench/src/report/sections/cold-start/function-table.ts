import type { ColdStartResult, FunctionColdStart } from '../../../cold-start/cold-start-result';
import { kb, ms, ratio, table, yesNo } from '../../markdown';
import { renderLargestPackages } from './largest-packages';
import { renderLazyChunks } from './lazy-chunks';

/** One function's subsection: its three builds side by side, the ratios, and where bytes go. */
export function renderFunctionColdStart(
  fn: FunctionColdStart,
  floor: number,
  cold: ColdStartResult,
): string {
  const [naive, ours, single] = fn.bundles;
  if (!naive || !ours || !single) return '';
  const rows = fn.bundles.map((b) => [
    b.label,
    kb(b.bytes),
    ratio(b.bytes / naive.bytes),
    kb(b.packageBytes),
    ratio(b.packageBytes / naive.packageBytes),
    String(b.fileCount),
    ms(b.wallMs.p50),
    ms(b.wallMs.p90),
    ratio(b.wallMs.p50 / naive.wallMs.p50),
    ms(b.cpuMs.p50),
    ms(b.wallMs.p50 - floor),
  ]);
  const sdk = fn.sdk.map((s) => `\`${s.packageName}\` (${s.names.join(', ')})`).join('; ');
  const rebuild = fn.rebuild.matchesDist
    ? `The harness's rebuild with the project's options has the same ${fn.files.length} files with the same sizes as dist.`
    : `**The harness's rebuild does not match dist** (${fn.rebuild.differences.join('; ')}): dist is older than the sources ` +
      'or built with other options; the reach of each file below comes from the rebuild.';
  return [
    `### ${fn.name}`,
    '',
    `SDK use: ${sdk}.`,
    '',
    table(
      [
        'Build',
        'Loaded at init',
        'vs naive',
        'Package',
        'vs naive',
        'Files',
        'Init p50',
        'Init p90',
        'vs naive',
        'CPU p50',
        'Above floor',
      ],
      rows,
    ),
    '',
    `As built: init ${ratio(fn.ours.initRatio)} of naive (target <= ${cold.targets.initRatio}x: ${yesNo(fn.ours.initMet)}); ` +
      `size loaded at init ${ratio(fn.ours.sizeRatio)} (target <= ${cold.targets.sizeRatio}x: ${yesNo(fn.ours.sizeMet)}); ` +
      `deployment package ${ratio(fn.ours.packageRatio)}. As one CommonJS file: init ${ratio(fn.singleCjs.initRatio)}, ` +
      `size ${ratio(fn.singleCjs.sizeRatio)}, so splitting keeps ${kb(single.bytes - ours.bytes)} out of init ` +
      `(${ms(single.wallMs.p50 - ours.wallMs.p50)} of median init). ${rebuild}`,
    '',
    renderLazyChunks(fn),
    '',
    renderLargestPackages(fn),
    '',
  ].join('\n');
}
