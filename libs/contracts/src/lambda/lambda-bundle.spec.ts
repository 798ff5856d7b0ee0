import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Metafile } from 'esbuild';

const WORKSPACE_ROOT = resolve(__dirname, '../../../..');
const ENTRY = 'libs/contracts/src/lambda/index.ts';
/** TypeBox modules that build no schema and compile nothing: what the generated checks use. */
const ALLOWED_TYPEBOX = /^node_modules\/typebox\/build\/(guard|system|format)\//;
const TYPE_BUILDER_CALL = /\bType\.\w+\(/;

type Outputs = Metafile['outputs'];

/** The outputs reachable from `roots` through imports of the given kinds, roots included. */
function reachable(outputs: Outputs, roots: string[], kinds: string[]): Set<string> {
  const seen = new Set<string>();
  const pending = [...roots];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (seen.has(next)) continue;
    seen.add(next);
    for (const imported of outputs[next]?.imports ?? []) {
      if (kinds.includes(imported.kind) && !imported.external) pending.push(imported.path);
    }
  }
  return seen;
}

function inputsOf(outputs: Outputs, files: Iterable<string>): string[] {
  return [...files].flatMap((file) => Object.keys(outputs[file]?.inputs ?? {}));
}

describe('@payments/contracts/lambda bundle', () => {
  let outputs: Outputs;
  let loadedAtStart: string[];
  let loadedLazily: string[];

  beforeAll(async () => {
    const result = await build({
      absWorkingDir: WORKSPACE_ROOT,
      entryPoints: [ENTRY],
      format: 'esm',
      bundle: true,
      splitting: true,
      platform: 'node',
      write: false,
      metafile: true,
      outdir: join(tmpdir(), 'contracts-lambda-bundle'),
      mainFields: ['module', 'main'],
      logLevel: 'silent',
    });
    outputs = result.metafile.outputs;
    const entry = Object.keys(outputs).find((file) => outputs[file]?.entryPoint === ENTRY);
    if (!entry) throw new Error(`no output for ${ENTRY}`);
    const atStart = reachable(outputs, [entry], ['import-statement']);
    const everything = reachable(outputs, [entry], ['import-statement', 'dynamic-import']);
    loadedAtStart = inputsOf(outputs, atStart);
    loadedLazily = inputsOf(
      outputs,
      [...everything].filter((file) => !atStart.has(file)),
    );
  });

  it('loads no TypeBox at module load beyond the guard, system and format modules', () => {
    // Act
    const typebox = loadedAtStart.filter((input) => input.startsWith('node_modules/typebox/'));

    // Assess
    expect(typebox.length).toBeGreaterThan(0);
    expect(typebox.filter((input) => !ALLOWED_TYPEBOX.test(input))).toEqual([]);
  });

  it('evaluates no contracts module that builds a schema at module load', () => {
    // Act
    const contracts = loadedAtStart.filter((input) => input.startsWith('libs/contracts/src/'));
    const buildingSchemas = contracts.filter((input) =>
      TYPE_BUILDER_CALL.test(readFileSync(join(WORKSPACE_ROOT, input), 'utf8')),
    );

    // Assess
    expect(contracts).toContain('libs/contracts/src/lambda/generated/standalone-checks.ts');
    expect(buildingSchemas).toEqual([]);
  });

  it('keeps the TypeBox compiler and the schemas in a chunk loaded only by import()', () => {
    // Assess
    expect(loadedLazily).toContain('libs/contracts/src/lambda/validation-errors.ts');
    expect(loadedLazily).toContain('libs/contracts/src/schemas/webhook-event.ts');
    expect(
      loadedLazily.some((input) => input.startsWith('node_modules/typebox/build/compile/')),
    ).toBe(true);
  });
});
