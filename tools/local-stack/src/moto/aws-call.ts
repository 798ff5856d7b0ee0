import type { IncomingHttpHeaders } from 'node:http';

/** One AWS API call as seen on the wire: which service, which action, its parameters. */
export interface AwsCall {
  readonly service: string;
  readonly action: string;
  readonly protocol: 'json' | 'query';
  readonly params: Record<string, unknown>;
}

/**
 * Identifies a call from its signature's credential scope (`.../us-east-2/sqs/aws4_request`)
 * and its `X-Amz-Target` (JSON protocols) or `Action` form field (query protocol).
 */
export function parseAwsCall(headers: IncomingHttpHeaders, body: Buffer): AwsCall | undefined {
  const scope = /Credential=[^/]+\/\d{8}\/[^/]+\/([^/]+)\//.exec(
    String(headers['authorization'] ?? ''),
  );
  const service = scope?.[1];
  if (!service) return undefined;
  const target = headers['x-amz-target'];
  if (typeof target === 'string') {
    return {
      service,
      action: target.slice(target.indexOf('.') + 1),
      protocol: 'json',
      params: parseJson(body),
    };
  }
  const form = new URLSearchParams(body.toString('utf8'));
  const action = form.get('Action');
  if (!action) return undefined;
  return { service, action, protocol: 'query', params: queryFormToParams(form) };
}

function parseJson(body: Buffer): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(body.toString('utf8') || '{}');
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * Turns AWS query-protocol form fields into the JSON shape of the same call:
 * `MessageAttributes.entry.1.Name=a&MessageAttributes.entry.1.Value.StringValue=b` ->
 * `{ MessageAttributes: { a: { StringValue: 'b' } } }`, `X.member.1.Y=z` -> `{ X: [{ Y: 'z' }] }`.
 */
export function queryFormToParams(form: URLSearchParams): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of form) setPath(root, key.split('.'), value);
  return normalize(root) as Record<string, unknown>;
}

function setPath(node: Record<string, unknown>, keys: string[], value: string): void {
  const [head, ...rest] = keys;
  if (head === undefined) return;
  if (rest.length === 0) {
    node[head] = value;
    return;
  }
  const child = (node[head] ??= {}) as Record<string, unknown>;
  setPath(child, rest, value);
}

/** `{ entry: { 1: {Name, Value} } }` -> map by Name; `{ member: { 1: x } }` -> array. */
function normalize(node: unknown): unknown {
  if (typeof node !== 'object' || node === null) return node;
  const record = node as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 1 && keys[0] === 'entry') {
    const entries = Object.values(record['entry'] as Record<string, Record<string, unknown>>);
    return Object.fromEntries(
      entries.map((e) => [
        String(e['Name'] ?? e['key'] ?? ''),
        normalize(e['Value'] ?? e['value']),
      ]),
    );
  }
  if (keys.length === 1 && keys[0] === 'member') {
    const members = record['member'] as Record<string, unknown>;
    return Object.keys(members)
      .sort((a, b) => Number(a) - Number(b))
      .map((k) => normalize(members[k]));
  }
  return Object.fromEntries(keys.map((k) => [k, normalize(record[k])]));
}
