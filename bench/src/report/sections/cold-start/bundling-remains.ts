import type { ColdStartResult, FunctionColdStart } from '../../../cold-start/cold-start-result';
import { kb, ms, ratio } from '../../markdown';
import { bytesOf, eachFunction, isSdkPackage, sdkBytesAtInit } from './package-sums';

/** What stands between the functions and the targets, and what init still loads. */
export function bundlingRemains(cold: ColdStartResult): string[] {
  const fns = cold.functions;
  const each = (text: (fn: FunctionColdStart) => string) => eachFunction(fns, text);
  const remains: string[] = [];
  const sizeGap = fns.filter((fn) => !fn.ours.sizeMet);
  const initGap = fns.filter((fn) => !fn.ours.initMet);
  remains.push(
    sizeGap.length
      ? `**Size target** (loaded at init <= ${cold.targets.sizeRatio}x naive) not met by ${sizeGap.map((f) => f.name).join(', ')}: ` +
          sizeGap
            .map((fn) => {
              const naive = fn.bundles[0]?.bytes ?? 0;
              const ours = fn.bundles[1]?.bytes ?? 0;
              return `${fn.name} needs ${kb(ours - cold.targets.sizeRatio * naive)} less at init`;
            })
            .join('; ') +
          '.'
      : `**Size target** met by every function on the size loaded at init (deployment package: ${each((fn) => ratio(fn.ours.packageRatio))}).`,
  );
  remains.push(
    initGap.length
      ? `**Init target** (<= ${cold.targets.initRatio}x naive) not met by ${initGap.map((f) => f.name).join(', ')}: ` +
          initGap
            .map((fn) => {
              const naive = fn.bundles[0]?.wallMs.p50 ?? 0;
              const ours = fn.bundles[1]?.wallMs.p50 ?? 0;
              return `${fn.name} ${ms(ours - cold.targets.initRatio * naive)} over`;
            })
            .join('; ') +
          '.'
      : '**Init target** met by every function.',
  );
  const nonSdk = fns.map((fn) => {
    const others = fn.breakdown.atInit.filter((p) => !isSdkPackage(p.name)).slice(0, 4);
    return `${fn.name}: ${others.map((p) => `${p.name} ${kb(p.bytes)}`).join(', ')}`;
  });
  remains.push(`**Largest non-SDK code still loaded at init**: ${nonSdk.join('; ')}.`);
  const typeboxAtInit = fns.filter((fn) => fn.typeboxAtInit);
  if (typeboxAtInit.length) {
    remains.push(
      `**TypeBox code still loaded at init** by ${typeboxAtInit.map((f) => f.name).join(', ')}: ` +
        typeboxAtInit.map(typeboxClause).join('; ') +
        '.',
    );
  }
  const sdkShare = each((fn) => {
    const ours = fn.bundles[1]?.bytes ?? 1;
    return `${kb(sdkBytesAtInit(fn))} of ${kb(ours)} (${Math.round((100 * sdkBytesAtInit(fn)) / ours)} %)`;
  });
  remains.push(
    `**The SDK itself**: \`@aws-sdk/*\` + \`@smithy/*\` at init: ${sdkShare}; what any function calling these services carries.`,
  );
  const unreferenced = fns.map((fn) => {
    const files = fn.lazyFiles.filter((f) => f.reach === 'unreferenced');
    return files.length
      ? `${fn.name} ${files.map((f) => `\`${f.file}\` ${kb(f.bytes)}`).join(', ')}`
      : `${fn.name} none`;
  });
  remains.push(
    `**Chunks nothing imports** (package size only, no init cost; esbuild emits a chunk for every \`import()\` target even ` +
      `when tree-shaking dropped its caller): ${unreferenced.join('; ')}.`,
  );
  return remains;
}

/** A function's TypeBox at init: its largest directories, who imports it, and the size without it. */
function typeboxClause(fn: FunctionColdStart): string {
  const detail = fn.typeboxAtInit;
  const tb = bytesOf(fn.breakdown.atInit, (n) => n === 'typebox');
  const naive = fn.bundles[0]?.bytes ?? 1;
  const ours = fn.bundles[1]?.bytes ?? 0;
  const parts = (detail?.parts ?? [])
    .slice(0, 4)
    .map((p) => `\`${p.part}/\` ${kb(p.bytes)}`)
    .join(', ');
  const importers = (detail?.importedBy ?? []).map((i) => `\`${i}\``).join(', ');
  return `${fn.name} ${kb(tb)} (${parts}; imported by ${importers}; without it ${ratio((ours - tb) / naive)} of naive)`;
}
