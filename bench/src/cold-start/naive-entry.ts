import type { SdkUsage } from '../shared/functions';

const CLIENT_CONSTRUCTION: Record<string, (names: readonly string[]) => string | undefined> = {
  '@aws-sdk/lib-dynamodb': (names) =>
    names.includes('DynamoDBDocumentClient')
      ? 'export const dynamodb = DynamoDBDocumentClient.from(new DynamoDBClient({}));'
      : undefined,
  '@aws-sdk/client-sqs': (names) =>
    names.includes('SQSClient') ? 'export const sqs = new SQSClient({});' : undefined,
  '@aws-sdk/client-sns': (names) =>
    names.includes('SNSClient') ? 'export const sns = new SNSClient({});' : undefined,
};

/**
 * The handler a developer would write first: the same SDK clients and commands, default client
 * configuration (`new XClient({})`), created at module scope as the Lambda docs recommend.
 */
export function naiveEntrySource(usage: readonly SdkUsage[]): string {
  const imports = usage.map(
    ({ packageName, names }) => `import { ${names.join(', ')} } from '${packageName}';`,
  );
  const clients = usage
    .map(({ packageName, names }) => CLIENT_CONSTRUCTION[packageName]?.(names))
    .filter((line): line is string => Boolean(line));
  const commands = usage.flatMap(({ names }) => names.filter((name) => name.endsWith('Command')));
  return [
    ...imports,
    ...clients,
    `const commands = [${commands.join(', ')}];`,
    'export const handler = async () => ({',
    '  statusCode: 200,',
    '  body: JSON.stringify(commands.map((command) => command.name)),',
    '});',
    '',
  ].join('\n');
}

/** The floor: a handler that loads nothing. */
export const EMPTY_ENTRY_SOURCE =
  "export const handler = async () => ({ statusCode: 200, body: '{}' });\n";
