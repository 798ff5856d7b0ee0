import type { FunctionColdStart } from '../../../cold-start/cold-start-result';
import { TRACER_PACKAGE } from '../../../cold-start/tracer-package';
import { kb, ms } from '../../markdown';
import { bytesOf, eachFunction, isSdkPackage, sdkBytesAtInit } from './package-sums';

const XRAY_PACKAGES = [
  TRACER_PACKAGE,
  'aws-xray-sdk-core',
  'semver',
  'cls-hooked',
  'shimmer',
  'emitter-listener',
  'async-hook-jl',
  'stack-chain',
];

/**
 * Each bundling change, read from the build settings and checked against what the bundles
 * hold, sorted by whether every function has it in place.
 */
export function bundlingInPlace(fns: readonly FunctionColdStart[]): {
  readonly inPlace: readonly string[];
  readonly notInPlace: readonly string[];
} {
  const each = (text: (fn: FunctionColdStart) => string) => eachFunction(fns, text);
  const all = (test: (fn: FunctionColdStart) => boolean) => fns.every(test);
  const inPlace: string[] = [];
  const notInPlace: string[] = [];
  const note = (ok: boolean, text: string) => (ok ? inPlace : notInPlace).push(text);

  const split = all((fn) => fn.settings.format === 'esm' && fn.settings.splitting);
  note(
    split,
    `**ES modules with code splitting** (\`format: esm\`, \`splitting: true\`${split ? '' : `; as configured: ${each((fn) => `${fn.settings.format}${fn.settings.splitting ? ' + splitting' : ''}`)}`}). ` +
      `Against the same build as one CommonJS file, loaded at init: ${each((fn) => {
        const [, ours, single] = fn.bundles;
        return ours && single
          ? `${kb(ours.bytes)} vs ${kb(single.bytes)}, init ${ms(ours.wallMs.p50)} vs ${ms(single.wallMs.p50)}`
          : 'n/a';
      })}.`,
  );
  const tracerAtInit = (fn: FunctionColdStart) =>
    bytesOf(fn.breakdown.atInit, (n) => XRAY_PACKAGES.includes(n));
  const tracerLazy = (fn: FunctionColdStart) =>
    bytesOf(fn.breakdown.lazy, (n) => XRAY_PACKAGES.includes(n));
  note(
    all((fn) => tracerAtInit(fn) === 0 && Boolean(fn.firstSampled)),
    `**Tracer loaded on the first sampled invocation**: Powertools Tracer, X-Ray SDK and their dependencies at init: ` +
      `${each((fn) => `${kb(tracerAtInit(fn))} (not at init: ${kb(tracerLazy(fn))}${fn.firstSampled ? `, first sampled invocation +${ms(fn.firstSampled.wallMs.p50)} once` : ''})`)}.`,
  );
  const credentials = (fn: FunctionColdStart) =>
    bytesOf(
      [...fn.breakdown.atInit, ...fn.breakdown.lazy],
      (n) => n === '@aws-sdk/credential-provider-node' || n === '@aws-sdk/nested-clients',
    );
  note(
    all((fn) => '@aws-sdk/credential-provider-node' in fn.settings.alias && credentials(fn) === 0),
    '**Credentials from the environment only** (esbuild `alias` of `@aws-sdk/credential-provider-node`): the default chain ' +
      `and the STS/SSO clients of \`@aws-sdk/nested-clients\` in the bundles: ${each((fn) => kb(credentials(fn)))}.`,
  );
  note(
    all((fn) => fn.settings.mainFields[0] === 'module'),
    `**\`mainFields: ["module", "main"]\`** (the SDK's ES builds tree-shake): \`@aws-sdk/*\` + \`@smithy/*\` loaded at init, ` +
      `ours vs naive: ${each((fn) => `${kb(sdkBytesAtInit(fn))} vs ${kb(bytesOf(fn.breakdown.naive, isSdkPackage))}`)}.`,
  );
  note(
    all((fn) => fn.settings.minify),
    '**`minify`**' +
      (all((fn) => fn.settings.legalComments === 'none') ? ', `legalComments: "none"`.' : '.'),
  );
  return { inPlace, notInPlace };
}
