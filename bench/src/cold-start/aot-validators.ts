import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'esbuild';
import { fromRoot } from '../shared/workspace';

const VALIDATORS = fromRoot('libs/contracts/src/validation/validators.ts');
const COMPILE_VALIDATOR = fromRoot('libs/contracts/src/validation/compile-validator.ts');
const FULL = 'bench:full-compile-validator';

interface GeneratedCheck {
  readonly code: string;
  readonly imports: readonly string[];
  readonly formats: readonly string[];
}

/**
 * The "validators compiled at build time" variant, built without touching libs/contracts:
 * the contracts' validators.ts is replaced in the bundle by TypeBox's standalone check code
 * (`Code()` from typebox/compile, generated here from the real schemas), and the TypeBox
 * compiler behind `compileValidator` is only `require()`d when a check fails, to list the
 * errors exactly as today. The generated module is what a contracts build step would emit.
 */
export async function aotValidatorsPlugin(): Promise<Plugin> {
  const source = readFileSync(VALIDATORS, 'utf8');
  const declarations = [...source.matchAll(/export const (\w+) = compileValidator\((\w+)\);/g)].map(
    (m) => ({ name: m[1] as string, schema: m[2] as string }),
  );
  if (declarations.length === 0)
    throw new Error(`no compileValidator(...) exports in ${VALIDATORS}`);
  const contracts = (await import('@payments/contracts')) as unknown as Record<string, unknown>;
  const checks = await Promise.all(
    declarations.map(async (d) => generateCheck(contracts[d.schema], d.name)),
  );

  const keptImports = source
    .split('\n')
    .filter((line) => line.startsWith('import ') && !line.includes("'./compile-validator'"));
  const formats = [...new Set(checks.flatMap((c) => c.formats))];
  const generated = [
    ...keptImports,
    ...new Set(checks.flatMap((c) => c.imports)),
    ...(formats.length ? [`import { ${formats.join(', ')} } from 'typebox/format';`] : []),
    '',
    'function precompiled(check: (value: unknown) => boolean, schema: unknown) {',
    '  let full: { validate(input: unknown): unknown } | undefined;',
    '  return {',
    '    validate(input: unknown) {',
    '      if (check(input)) return { ok: true, value: input };',
    `      full ??= require('${FULL}').compileValidator(schema);`,
    '      return full.validate(input);',
    '    },',
    '  } as never;',
    '}',
    '',
    ...checks.map((c) => c.code),
    ...declarations.map(
      (d) => `export const ${d.name} = precompiled(check_${d.name}, ${d.schema});`,
    ),
    '',
  ].join('\n');
  const lazyCompileValidator = [
    'export function compileValidator(schema: unknown) {',
    `  return require('${FULL}').compileValidator(schema);`,
    '}',
    '',
  ].join('\n');

  return {
    name: 'aot-validators',
    setup(build) {
      build.onLoad(
        { filter: /libs\/contracts\/src\/validation\/validators\.ts$/, namespace: 'file' },
        () => ({
          contents: generated,
          loader: 'ts',
          resolveDir: path.dirname(VALIDATORS),
        }),
      );
      build.onLoad(
        { filter: /libs\/contracts\/src\/validation\/compile-validator\.ts$/, namespace: 'file' },
        () => ({
          contents: lazyCompileValidator,
          loader: 'ts',
          resolveDir: path.dirname(COMPILE_VALIDATOR),
        }),
      );
      build.onResolve({ filter: new RegExp(`^${FULL}$`) }, () => ({
        path: COMPILE_VALIDATOR,
        namespace: 'bench-full-compile-validator',
      }));
      build.onLoad({ filter: /.*/, namespace: 'bench-full-compile-validator' }, (args) => ({
        contents: readFileSync(args.path, 'utf8'),
        loader: 'ts',
        resolveDir: path.dirname(args.path),
      }));
    },
  };
}

async function generateCheck(schema: unknown, name: string): Promise<GeneratedCheck> {
  if (!schema) throw new Error(`schema of ${name} not exported by @payments/contracts`);
  const { Code } = await import('typebox/compile');
  const formatModule = (await import('typebox/format')) as unknown as Record<string, unknown>;
  const result = Code(schema as never) as {
    Code: string;
    External: { identifier: string; variables: unknown[] };
  };
  const formats: string[] = [];
  const externals = result.External.variables.map((value) => {
    if (value instanceof RegExp)
      return `new RegExp(${JSON.stringify(value.source)}, ${JSON.stringify(value.flags)})`;
    if (typeof value === 'function') {
      if (formatModule[value.name] !== value)
        throw new Error(`${name}: external function ${value.name} is not a typebox/format export`);
      formats.push(value.name);
      return value.name;
    }
    return JSON.stringify(value);
  });
  const lines = result.Code.split('\n');
  const imports = lines.filter((line) => line.startsWith('import ')).map((line) => `${line};`);
  const body = lines
    .filter(
      (line) => !line.startsWith('import ') && !line.startsWith('export function SetExternal'),
    )
    .join('\n')
    .replace(
      `let ${result.External.identifier} = []`,
      `const ${result.External.identifier} = [${externals.join(', ')}]`,
    )
    .replace('export function Check(value)', 'return function Check(value: unknown)');
  return {
    code: `const check_${name} = (() => {\n${body}\n})() as (value: unknown) => boolean;\n`,
    imports,
    formats,
  };
}
