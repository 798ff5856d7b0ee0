import type { FunctionColdStart } from '../../../cold-start/cold-start-result';
import { TRACER_PACKAGE } from '../../../cold-start/tracer-package';
import { kb, ms, table } from '../../markdown';

/** The files init loads, the table of those it does not, and what the first sampled call adds. */
export function renderLazyChunks(fn: FunctionColdStart): string {
  const lazyRows = fn.lazyFiles.map((f) => [
    `\`${f.file}\``,
    kb(f.bytes),
    f.reach === 'dynamic'
      ? `lazily, on first \`import()\` from ${f.importedBy.map((i) => `\`${i}\``).join(', ') || 'a lazy chunk'}`
      : 'never: nothing imports it',
    f.holds
      .slice(0, 3)
      .map((p) => `${p.name} ${kb(p.bytes)}`)
      .join(', '),
    f.role,
  ]);
  const atInitFiles = fn.files.filter((f) => f.reach === 'entry' || f.reach === 'static');
  return [
    `Loaded at init: ${atInitFiles.map((f) => `\`${f.file}\` ${kb(f.bytes)}`).join(', ')}. Not loaded at init:`,
    '',
    lazyRows.length
      ? table(['File', 'Size', 'Loaded', 'Holds (largest packages)', 'What it is'], lazyRows)
      : '(nothing: every file is loaded at init)',
    '',
    firstSampledText(fn),
  ].join('\n');
}

function firstSampledText(fn: FunctionColdStart): string {
  const first = fn.firstSampled;
  return first
    ? `**First sampled invocation** (once per execution environment, not at init): \`import()\` of \`${first.chunk}\` ` +
        `(${kb(first.bytes)} with its static imports not already loaded: ${first.files.map((f) => `\`${f}\``).join(', ')}) ` +
        `and \`new Tracer()\`, timed after init in the same fresh process: p50 ${ms(first.wallMs.p50)}, p90 ${ms(first.wallMs.p90)}, ` +
        `CPU p50 ${ms(first.cpuMs.p50)}.`
    : `No lazily loaded chunk holds \`${TRACER_PACKAGE}\`: the first sampled invocation costs nothing extra` +
        (fn.breakdown.atInit.some((p) => p.name === TRACER_PACKAGE)
          ? ', because the tracer is loaded at init.'
          : '.');
}
