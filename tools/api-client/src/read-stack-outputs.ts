import { readFileSync } from 'node:fs';
import { DEFAULT_REGION, DEPLOYED_STACK_NAME, type StackOutputs } from './stack-outputs';

/**
 * Reads either shape of outputs file: the local stack's flat object, or the
 * `cdk deploy --outputs-file` JSON, which nests the outputs under the stack name.
 */
export function readStackOutputs(file: string, stackName = DEPLOYED_STACK_NAME): StackOutputs {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot read stack outputs from ${file}: ${reason}`);
  }
  return parseStackOutputs(JSON.parse(text) as unknown, stackName, file);
}

export function parseStackOutputs(
  json: unknown,
  stackName = DEPLOYED_STACK_NAME,
  source = 'stack outputs',
): StackOutputs {
  if (!isRecord(json)) throw new Error(`${source}: expected a JSON object`);
  const nested = json[stackName];
  const flat = isRecord(nested) ? nested : json;
  const apiUrl = flat['ApiUrl'];
  if (typeof apiUrl !== 'string' || apiUrl.length === 0) {
    const where = isRecord(nested) ? `${stackName}.ApiUrl` : 'ApiUrl';
    throw new Error(`${source}: ${where} is missing (is this a stack outputs file?)`);
  }
  const strings = Object.fromEntries(
    Object.entries(flat).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
  return {
    ...strings,
    ApiUrl: apiUrl,
    Region: strings['Region'] ?? regionOfApiUrl(apiUrl) ?? DEFAULT_REGION,
  };
}

/** `https://abc123.execute-api.us-east-2.amazonaws.com/v1/` -> `us-east-2`. */
export function regionOfApiUrl(apiUrl: string): string | undefined {
  const match = /\.execute-api\.([a-z0-9-]+)\.amazonaws\.com/.exec(new URL(apiUrl).hostname);
  return match?.[1];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
