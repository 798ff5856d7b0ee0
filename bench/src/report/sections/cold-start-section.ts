import {
  TRACER_PACKAGE,
  type ColdStartResult,
  type FunctionColdStart,
} from '../../cold-start/cold-start-bench';
import type { PackageBytes } from '../../cold-start/package-breakdown';
import type { BenchResults } from '../../results';
import { kb, ms, ratio, table, yesNo } from '../markdown';

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
const isSdk = (name: string) => name.startsWith('@aws-sdk/') || name.startsWith('@smithy/');
const bytesOf = (list: readonly PackageBytes[], pick: (name: string) => boolean) =>
  list.filter((p) => pick(p.name)).reduce((total, p) => total + p.bytes, 0);

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
  for (const fn of cold.functions) out.push(renderFunction(fn, floor, cold));
  out.push(renderComponents(cold), '', renderBundlingChanges(cold));
  return out.join('\n');
}

function renderFunction(fn: FunctionColdStart, floor: number, cold: ColdStartResult): string {
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
  const first = fn.firstSampled;
  const firstText = first
    ? `**First sampled invocation** (once per execution environment, not at init): \`import()\` of \`${first.chunk}\` ` +
      `(${kb(first.bytes)} with its static imports not already loaded: ${first.files.map((f) => `\`${f}\``).join(', ')}) ` +
      `and \`new Tracer()\`, timed after init in the same fresh process: p50 ${ms(first.wallMs.p50)}, p90 ${ms(first.wallMs.p90)}, ` +
      `CPU p50 ${ms(first.cpuMs.p50)}.`
    : `No lazily loaded chunk holds \`${TRACER_PACKAGE}\`: the first sampled invocation costs nothing extra` +
      (fn.breakdown.atInit.some((p) => p.name === TRACER_PACKAGE)
        ? ', because the tracer is loaded at init.'
        : '.');
  const atInit = new Map(fn.breakdown.atInit.map((p) => [p.name, p.bytes]));
  const lazy = new Map(fn.breakdown.lazy.map((p) => [p.name, p.bytes]));
  const naiveBytes = new Map(fn.breakdown.naive.map((p) => [p.name, p.bytes]));
  const top = [...new Set([...atInit.keys(), ...lazy.keys()])]
    .map((name) => ({ name, total: (atInit.get(name) ?? 0) + (lazy.get(name) ?? 0) }))
    .sort((a, b) => b.total - a.total)
    .slice(0, 12);
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
    `Loaded at init: ${atInitFiles.map((f) => `\`${f.file}\` ${kb(f.bytes)}`).join(', ')}. Not loaded at init:`,
    '',
    lazyRows.length
      ? table(['File', 'Size', 'Loaded', 'Holds (largest packages)', 'What it is'], lazyRows)
      : '(nothing: every file is loaded at init)',
    '',
    firstText,
    '',
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
    '',
  ].join('\n');
}

function renderComponents(cold: ColdStartResult): string {
  const floor = cold.floor.wallMs.p50;
  const sampled = cold.functions.flatMap((fn) =>
    fn.firstSampled
      ? [
          [
            `Powertools Tracer + X-Ray SDK, first sampled invocation of ${fn.name} (lazy chunk)`,
            kb(fn.firstSampled.bytes),
            `${ms(fn.firstSampled.wallMs.p50)} once`,
            'not at init',
            ms(fn.firstSampled.cpuMs.p50),
          ],
        ]
      : [],
  );
  return [
    '### What the gap to the floor is made of',
    '',
    `Each dependency the functions load at init, initialised alone the way the composition roots do it and bundled with the ` +
      `functions' options (so what they load lazily stays lazy); median init minus the ${ms(floor, 2)} floor. They share ` +
      "modules (`@smithy/*`, Powertools commons), so they do not add up exactly to a function's init. The Tracer is not " +
      'loaded at init any more: its rows are the extra cost of the first sampled invocation of an execution environment, paid ' +
      'once per environment and only in environments that get a sampled request.',
    '',
    table(
      ['Component', 'Loaded', 'Init p50', 'Minus floor', 'CPU p50'],
      [
        ...cold.components.map((c) => [
          c.label,
          kb(c.bytes),
          ms(c.wallMs.p50),
          ms(c.wallMs.p50 - floor),
          ms(c.cpuMs.p50),
        ]),
        ...sampled,
      ],
    ),
  ].join('\n');
}

/** What is in place and what remains, read from the build settings and the measurements. */
function renderBundlingChanges(cold: ColdStartResult): string {
  const fns = cold.functions;
  const each = (text: (fn: FunctionColdStart) => string) =>
    fns.map((fn) => `${fn.name} ${text(fn)}`).join('; ');
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
  const sdkAtInit = (fn: FunctionColdStart) => bytesOf(fn.breakdown.atInit, isSdk);
  note(
    all((fn) => fn.settings.mainFields[0] === 'module'),
    `**\`mainFields: ["module", "main"]\`** (the SDK's ES builds tree-shake): \`@aws-sdk/*\` + \`@smithy/*\` loaded at init, ` +
      `ours vs naive: ${each((fn) => `${kb(sdkAtInit(fn))} vs ${kb(bytesOf(fn.breakdown.naive, isSdk))}`)}.`,
  );
  note(
    all((fn) => fn.settings.minify),
    '**`minify`**' +
      (all((fn) => fn.settings.legalComments === 'none') ? ', `legalComments: "none"`.' : '.'),
  );

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
    const others = fn.breakdown.atInit.filter((p) => !isSdk(p.name)).slice(0, 4);
    return `${fn.name}: ${others.map((p) => `${p.name} ${kb(p.bytes)}`).join(', ')}`;
  });
  remains.push(`**Largest non-SDK code still loaded at init**: ${nonSdk.join('; ')}.`);
  const typeboxAtInit = fns.filter((fn) => fn.typeboxAtInit);
  if (typeboxAtInit.length) {
    remains.push(
      `**TypeBox code still loaded at init** by ${typeboxAtInit.map((f) => f.name).join(', ')}: ` +
        typeboxAtInit
          .map((fn) => {
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
          })
          .join('; ') +
        '.',
    );
  }
  const sdkShare = each((fn) => {
    const ours = fn.bundles[1]?.bytes ?? 1;
    return `${kb(sdkAtInit(fn))} of ${kb(ours)} (${Math.round((100 * sdkAtInit(fn)) / ours)} %)`;
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

  return [
    '### Bundling: what is in place and what remains',
    '',
    "Read from each function's build options and this run's measurements.",
    '',
    'In place:',
    '',
    ...inPlace.map((line) => `- ${line}`),
    ...(notInPlace.length
      ? ['', 'Not (or not fully) in place:', '', ...notInPlace.map((l) => `- ${l}`)]
      : []),
    '',
    'What remains:',
    '',
    ...remains.map((line) => `- ${line}`),
  ].join('\n');
}
