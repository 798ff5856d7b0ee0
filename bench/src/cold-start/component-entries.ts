import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FUNCTION_NAMES, type FunctionName } from '../shared/functions';
import { fromRoot } from '../shared/workspace';

export interface ComponentEntry {
  readonly id: string;
  readonly label: string;
  /** Environment of this function, for the probe. */
  readonly functionName: FunctionName;
  /** Whose project.json build options to bundle with (same for every function today). */
  readonly buildLike: FunctionName;
  readonly source: string;
}

const FACTORIES = ['createDynamoDbDocumentClient', 'createSqsClient', 'createSnsClient'];
const CONTRACTS = '@payments/contracts';
const CONTRACTS_LAMBDA = '@payments/contracts/lambda';

/**
 * One dependency at a time, initialised the way the composition roots do it, bundled with the
 * functions' own options (so what they load lazily stays lazy): their init times, minus the
 * floor, say where a function's init goes. The Tracer is not here: the functions load it on the
 * first sampled invocation, measured per function instead.
 */
export function componentEntries(): ComponentEntry[] {
  const contracts = contractsEntry();
  const shared: ComponentEntry[] = [
    {
      id: 'powertools-logger-metrics',
      label: 'Powertools Logger + Metrics',
      functionName: 'webhook-processor',
      buildLike: 'webhook-processor',
      source: [
        "import { Logger } from '@aws-lambda-powertools/logger';",
        "import { Metrics } from '@aws-lambda-powertools/metrics';",
        "export const logger = new Logger({ serviceName: 'bench' });",
        "export const metrics = new Metrics({ serviceName: 'bench', namespace: 'PaymentWebhooks' });",
        'export const handler = async () => ({ statusCode: 200 });',
      ].join('\n'),
    },
    {
      id: 'contracts',
      label: `\`${contracts.specifier}\` (what the three apps import from the contracts: ${contracts.names.length} names)`,
      functionName: 'webhook-processor',
      buildLike: 'webhook-processor',
      // Member access on the namespace tree-shakes like named imports; a name the entry does not
      // export is a build warning (undefined), not an error, while the apps move between entries.
      source: [
        `import * as contracts from '${contracts.specifier}';`,
        `export const used = [${contracts.names.map((n) => `contracts.${n}`).join(', ')}];`,
        'export const handler = async () => ({ statusCode: 200 });',
      ].join('\n'),
    },
  ];
  const clients = FUNCTION_NAMES.map((fn): ComponentEntry => {
    const main = readFileSync(fromRoot('apps', fn, 'src', 'main.ts'), 'utf8');
    const factories = FACTORIES.filter((factory) => new RegExp(`\\b${factory}\\(`).test(main));
    return {
      id: `sdk-clients-${fn}`,
      label: `AWS SDK clients of ${fn} (our factories and bundling)`,
      functionName: fn,
      buildLike: fn,
      source: [
        `import { ${factories.join(', ')} } from '@payments/aws-clients';`,
        ...factories.map((f, i) => `export const client${i} = ${f}({ region: 'us-east-2' });`),
        'export const handler = async () => ({ statusCode: 200 });',
      ].join('\n'),
    };
  });
  return [...shared, ...clients];
}

/**
 * The Lambda-side contracts entry when it exists (libs/contracts/src/lambda/index.ts), else the
 * whole library, and the value names the apps import from either.
 */
function contractsEntry(): { specifier: string; names: string[] } {
  const specifier = existsSync(fromRoot('libs', 'contracts', 'src', 'lambda', 'index.ts'))
    ? CONTRACTS_LAMBDA
    : CONTRACTS;
  const names = new Set<string>();
  const pattern = /import\s+(type\s+)?\{([^}]*)\}\s+from\s+'(@payments\/contracts(?:\/lambda)?)'/g;
  for (const fn of FUNCTION_NAMES) {
    for (const file of sourceFilesUnder(fromRoot('apps', fn, 'src'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(pattern)) {
        if (match[1]) continue;
        (match[2] ?? '')
          .split(',')
          .map((part) => part.trim())
          .filter((part) => part && !part.startsWith('type '))
          .forEach((part) => names.add(part.split(/\s+as\s+/)[0] as string));
      }
    }
  }
  return { specifier, names: [...names].sort() };
}

function sourceFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return ['__fixtures__', 'test-support'].includes(entry.name) ? [] : sourceFilesUnder(full);
    }
    return entry.name.endsWith('.ts') && !entry.name.includes('.spec.') ? [full] : [];
  });
}
