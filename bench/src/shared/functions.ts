import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fromRoot } from './workspace';

export const FUNCTION_NAMES = [
  'webhook-processor',
  'transaction-reader',
  'notification-sender',
] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

/** One `@aws-sdk/*` package a function uses, with the names it imports from it. */
export interface SdkUsage {
  readonly packageName: string;
  readonly names: readonly string[];
}

/**
 * The AWS SDK packages and commands a function really uses, read from its adapters and from the
 * client factories it calls, so the naive twin bundles the same clients even after the function
 * changes. Type-only imports are ignored.
 */
export function sdkUsageOf(fn: FunctionName): SdkUsage[] {
  const sources = [
    ...sourceFiles(fromRoot('apps', fn, 'src', 'adapters')),
    fromRoot('apps', fn, 'src', 'main.ts'),
  ];
  const used = new Map<string, Set<string>>();
  for (const file of sources) {
    for (const { packageName, names } of sdkImports(readFileSync(file, 'utf8'))) {
      const set = used.get(packageName) ?? new Set<string>();
      names.forEach((name) => set.add(name));
      used.set(packageName, set);
    }
  }
  // The composition root builds clients through @payments/aws-clients factories.
  const main = readFileSync(fromRoot('apps', fn, 'src', 'main.ts'), 'utf8');
  const factoryClients: Record<string, [string, string]> = {
    createDynamoDbDocumentClient: ['@aws-sdk/lib-dynamodb', 'DynamoDBDocumentClient'],
    createSqsClient: ['@aws-sdk/client-sqs', 'SQSClient'],
    createSnsClient: ['@aws-sdk/client-sns', 'SNSClient'],
  };
  for (const [factory, [packageName, clientName]] of Object.entries(factoryClients)) {
    if (!new RegExp(`\\b${factory}\\(`).test(main)) continue;
    const set = used.get(packageName) ?? new Set<string>();
    set.add(clientName);
    used.set(packageName, set);
    if (packageName === '@aws-sdk/lib-dynamodb') {
      const base = used.get('@aws-sdk/client-dynamodb') ?? new Set<string>();
      base.add('DynamoDBClient');
      used.set('@aws-sdk/client-dynamodb', base);
    }
  }
  return [...used.entries()]
    .map(([packageName, names]) => ({ packageName, names: [...names].sort() }))
    .sort((a, b) => a.packageName.localeCompare(b.packageName));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.ts') && !file.includes('.spec.'))
    .map((file) => path.join(dir, file));
}

function sdkImports(source: string): SdkUsage[] {
  const found: SdkUsage[] = [];
  const pattern = /import\s+(type\s+)?\{([^}]*)\}\s+from\s+'(@aws-sdk\/[^']+)'/g;
  for (const match of source.matchAll(pattern)) {
    if (match[1]) continue;
    const names = (match[2] ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part && !part.startsWith('type '))
      .map((part) => part.split(/\s+as\s+/)[0] as string);
    if (names.length) found.push({ packageName: match[3] as string, names });
  }
  return found;
}
