import { FUNCTION_NAMES, type FunctionName } from '../shared/functions';
import { readFileSync } from 'node:fs';
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

/**
 * One dependency at a time, initialised the way the composition roots do it, bundled with the
 * functions' own options: their init times, minus the floor, say where a function's init goes.
 */
export function componentEntries(): ComponentEntry[] {
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
      id: 'powertools-tracer',
      label: 'Powertools Tracer (X-Ray SDK)',
      functionName: 'webhook-processor',
      buildLike: 'webhook-processor',
      source: [
        "import { Tracer } from '@aws-lambda-powertools/tracer';",
        "export const tracer = new Tracer({ serviceName: 'bench' });",
        'export const handler = async () => ({ statusCode: 200 });',
      ].join('\n'),
    },
    {
      id: 'contracts',
      label: '@payments/contracts (TypeBox + compiled validators)',
      functionName: 'webhook-processor',
      buildLike: 'webhook-processor',
      source: [
        "import { webhookEventValidator, parseJsonBody, errorReply } from '@payments/contracts';",
        'export const used = [webhookEventValidator, parseJsonBody, errorReply];',
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
