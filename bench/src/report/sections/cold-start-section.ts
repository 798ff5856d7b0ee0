import type { FunctionColdStart } from '../../cold-start/cold-start-bench';
import type { BenchResults } from '../../results';
import { kb, ms, ratio, table, yesNo } from '../markdown';

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
    `Each bundle is \`require()\`d in a fresh Node ${process.versions.node.split('.')[0]} process with a Lambda-like environment ` +
      `(only placeholder credentials and the stack's variables), timed with \`process.hrtime\` inside the child; ` +
      `${cold.rounds} processes per bundle, interleaved in random order round by round. "Naive" is the same SDK clients and ` +
      'commands the function uses (read from its adapters), `new XClient({})`, bundled the default way ' +
      '(`esbuild --bundle --platform=node --format=cjs --minify`). "Ours" is `dist/apps/<fn>/main.js` as `nx build` makes it. ' +
      'The variants are ours rebuilt with one bundling change each (cumulative), by the harness, from the same sources.',
    '',
    chart('cold-start.svg', 'Module initialisation per function'),
  ];
  for (const fn of cold.functions) out.push(renderFunction(fn, floor));

  out.push(
    '### What the gap to the floor is made of',
    '',
    `Each dependency initialised alone the way the composition roots do it, bundled with the functions' options ` +
      `(median init minus the ${ms(floor, 2)} floor). They share modules (\`@smithy/*\`, Powertools commons), so they ` +
      "do not add up exactly to a function's init.",
    '',
    table(
      ['Component', 'Bundle', 'Init p50', 'Minus floor', 'CPU p50'],
      cold.components.map((c) => [
        c.label,
        kb(c.bytes),
        ms(c.wallMs.p50),
        ms(c.wallMs.p50 - floor),
        ms(c.cpuMs.p50),
      ]),
    ),
    '',
    renderRecommendations(results),
  );
  return out.join('\n');
}

function renderFunction(fn: FunctionColdStart, floor: number): string {
  const [naive, ours] = fn.bundles;
  if (!naive || !ours) return '';
  const rows = fn.bundles.map((b) => [
    b.label,
    kb(b.bytes),
    ratio(b.bytes / naive.bytes),
    ms(b.wallMs.p50),
    ms(b.wallMs.p90),
    ratio(b.wallMs.p50 / naive.wallMs.p50),
    ms(b.cpuMs.p50),
    ms(b.wallMs.p50 - floor),
  ]);
  const top = fn.breakdown.ours.slice(0, 10);
  const naiveBytes = new Map(fn.breakdown.naive.map((p) => [p.name, p.bytes]));
  const leanBytes = new Map(fn.breakdown.leanest.map((p) => [p.name, p.bytes]));
  const sdk = fn.sdk.map((s) => `\`${s.packageName}\` (${s.names.join(', ')})`).join('; ');
  return [
    `### ${fn.name}`,
    '',
    `SDK use: ${sdk}.`,
    '',
    table(
      ['Bundle', 'Size', 'vs naive', 'Init p50', 'Init p90', 'vs naive', 'CPU p50', 'Above floor'],
      rows,
    ),
    '',
    `As built: init ${ratio(fn.ours.initRatio)} and size ${ratio(fn.ours.sizeRatio)} of naive: init target ${yesNo(fn.ours.initMet)}, ` +
      `size target ${yesNo(fn.ours.sizeMet)}. Leanest variant (\`${fn.leanest.id.split('/')[1]}\`): init ${ratio(fn.leanest.initRatio)}, ` +
      `size ${ratio(fn.leanest.sizeRatio)}. The rebuild with the project's options is ${kb(fn.rebuiltBytes)} (dist: ${kb(ours.bytes)}).`,
    '',
    'Largest packages in the bundle (esbuild metafile, bytes after minification):',
    '',
    table(
      ['Package', 'Ours', 'Naive', 'Leanest variant'],
      top.map((p) => [
        p.name,
        kb(p.bytes),
        kb(naiveBytes.get(p.name) ?? 0),
        kb(leanBytes.get(p.name) ?? 0),
      ]),
    ),
    '',
  ].join('\n');
}

function renderRecommendations(results: BenchResults): string {
  const cold = results.coldStart;
  if (!cold) return '';
  const byId = (fn: FunctionColdStart, id: string) =>
    fn.bundles.find((b) => b.id.endsWith(`/${id}`));
  const effect = (id: string, previous: string) =>
    cold.functions
      .map((fn) => {
        const now = byId(fn, id);
        const before = byId(fn, previous);
        if (!now || !before) return `${fn.name} n/a`;
        return `${fn.name} ${ms(now.wallMs.p50 - before.wallMs.p50)} init, ${kb(now.bytes - before.bytes)}`;
      })
      .join('; ');
  const contracts = cold.components.find((c) => c.id === 'component/contracts');
  const XRAY = [
    'aws-xray-sdk-core',
    'semver',
    'cls-hooked',
    'shimmer',
    'emitter-listener',
    'async-hook-jl',
    'stack-chain',
  ];
  const xray = cold.functions.map((fn) => {
    const bytes = fn.breakdown.ours
      .filter((p) => XRAY.includes(p.name))
      .reduce((total, p) => total + p.bytes, 0);
    return `${fn.name} ${kb(bytes)}`;
  });
  const sizes = cold.functions.map((fn) => {
    const lean = byId(fn, 'env-credentials');
    const naive = fn.bundles[0];
    return lean && naive ? `${fn.name} ${ratio(lean.bytes / naive.bytes)}` : `${fn.name} n/a`;
  });
  const estimate = ` Estimated effect once the Lambdas load no TypeBox at all (leanest measured init minus the contracts component, an estimate from two measurements, not a measured variant): ${cold.functions
    .map((fn) => {
      const lean = byId(fn, 'env-credentials+lazy-tracer');
      const naive = fn.bundles[0];
      if (!lean || !naive || !contracts) return `${fn.name} n/a`;
      const ms0 = lean.wallMs.p50 - (contracts.wallMs.p50 - cold.floor.wallMs.p50);
      return `${fn.name} ${ms(ms0)} = ${ratio(ms0 / naive.wallMs.p50)}`;
    })
    .join('; ')} of naive.`;
  const typebox = cold.functions.map((fn) => {
    const bytes = fn.breakdown.ours.find((p) => p.name === 'typebox')?.bytes ?? 0;
    return `${fn.name} ${kb(bytes)}`;
  });
  return [
    '### Bundling changes that close the gap (for the owners of apps/* and libs/*)',
    '',
    'Already in place and worth keeping: `mainFields: ["module", "main"]` (the SDK\'s ES builds tree-shake; this is most of why ' +
      'our SDK part is smaller than the naive CommonJS one), `minify`, `legalComments: "none"`, clients created once at init.',
    '',
    '1. **Lambda-only credentials** (measured: variant `env-credentials`; effect vs as built: ' +
      `${effect('env-credentials', 'ours')}). In Lambda the role's credentials are in the environment, so ` +
      "`@aws-sdk/credential-provider-node`'s chain (ini files, SSO, login, process, web identity, ECS/IMDS) and the STS/SSO " +
      'clients of `@aws-sdk/nested-clients` it pulls in are never used. Add to `targets.build.options.esbuildOptions` of the ' +
      'three `apps/*/project.json`: `"alias": { "@aws-sdk/credential-provider-node": "./libs/aws-clients/src/lambda-credential-provider.ts" }`, ' +
      'a file exporting `export const defaultProvider = (init = {}) => fromEnv(init);` from `@aws-sdk/credential-provider-env` ' +
      "(add it as an exact dependency; it is already installed transitively). The harness's version is " +
      '`bench/src/cold-start/shims/env-credentials.ts`. The local stack already passes `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY` ' +
      'to the functions, unit tests do not use bundles.',
    '2. **Lazy tracer** (measured: variant `env-credentials+lazy-tracer`; effect on top of 1: ' +
      `${effect('env-credentials+lazy-tracer', 'env-credentials')}). The Powertools Tracer loads the X-Ray SDK ` +
      '(`aws-xray-sdk-core`, `cls-hooked`, `semver`) at init although at 5 % sampling most execution environments never record a ' +
      'trace. A wrapper with the same methods (`captureAWSv3Client`, `getSegment`, `setSegment`, `annotateColdStart`, ' +
      '`addServiceNameAnnotation`, `putAnnotation`, `addErrorAsMetadata`) that `require()`s the real Tracer on the first ' +
      'invocation whose `_X_AMZN_TRACE_ID` says `Sampled=1`, then instruments the clients registered so far: ' +
      '`bench/src/cold-start/shims/lazy-tracer.ts`, to be placed next to each composition root (or in a shared Lambda-side lib) ' +
      'and imported instead of `@aws-lambda-powertools/tracer` in the three `main.ts`. Trade-off: the first sampled invocation ' +
      "of an environment pays the X-Ray SDK's init, and its cold-start annotation is missing. Bundle size stays (the code is " +
      'still in the file, just not evaluated).',
    `3. **Validators compiled at build time** (measured: variant \`env-credentials+lazy-tracer+aot-validators\`; effect on top of 2: ` +
      `${effect('env-credentials+lazy-tracer+aot-validators', 'env-credentials+lazy-tracer')}). The harness generates TypeBox's ` +
      'standalone check code (`Code()` from `typebox/compile`) for the four validators of `libs/contracts/src/validation/validators.ts` ' +
      'and keeps the TypeBox compiler only behind a `require()` on a failed check (same error lists, checked). This alone saves ' +
      "little and adds the generated code, because the schemas themselves are still built with TypeBox's `Type` builder at " +
      `import, which evaluates most of TypeBox: the \`@payments/contracts\` component above costs ${contracts ? ms(contracts.wallMs.p50 - cold.floor.wallMs.p50) : 'n/a'} ` +
      `of init and TypeBox is ${typebox.join('; ')} of the bundles. The change that removes it: a Lambda-side contracts entry ` +
      '(e.g. `libs/contracts/src/lambda.ts`, path alias `@payments/contracts/lambda`) that the three apps import instead of ' +
      '`@payments/contracts`, exporting the generated checks, plain-JSON copies of the schemas (both written by a contracts ' +
      'build target from the TypeBox sources, which stay the single source of truth), `parseJsonBody`, `errorReply`, the ' +
      'storage and message helpers, and not the OpenAPI builders; `Errors()` loaded lazily for invalid input only. ' +
      estimate,
    `4. **The size target** needs both big optional dependencies out of the Lambda bundles: after 1, the bundles are ` +
      `${sizes.join('; ')} of naive; TypeBox (3) and the X-Ray SDK with its dependencies (${xray.join('; ')}) together are what ` +
      'separates them from 0.65x. A lazy tracer keeps the X-Ray SDK in the file; to drop it, either load it from a second file ' +
      'in the deployment package (esbuild `splitting` needs ESM output) or rely on Lambda active tracing without per-call ' +
      'subsegments.',
    '5. **Nothing else of size**: what remains is `@smithy/core` and the service clients (serde schemas, middleware, ' +
      'signing) plus Powertools Logger/Metrics, i.e. what any function calling these services carries.',
  ].join('\n');
}
