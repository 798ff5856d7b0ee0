/** A message as published to SNS: what an email subscriber's copy is matched against. */
export interface PublishedMessage {
  readonly topicArn: string;
  readonly message: string;
  readonly subject?: string;
  readonly attributes: Record<string, { Type: string; Value: string }>;
}

/**
 * Reads Publish / PublishBatch parameters from an SNS request, in the query protocol the SDK
 * uses (`Action=Publish&MessageAttributes.entry.1.Name=...`) or the JSON protocol.
 */
export function publishedMessages(
  action: string,
  params: Record<string, unknown>,
): PublishedMessage[] {
  if (action === 'Publish') {
    const topicArn = String(params['TopicArn'] ?? params['TargetArn'] ?? '');
    return [toMessage(topicArn, params)];
  }
  if (action === 'PublishBatch') {
    const topicArn = String(params['TopicArn'] ?? '');
    const entries = params['PublishBatchRequestEntries'];
    return Array.isArray(entries)
      ? entries.map((entry) => toMessage(topicArn, entry as Record<string, unknown>))
      : [];
  }
  return [];
}

function toMessage(topicArn: string, params: Record<string, unknown>): PublishedMessage {
  const attributes: Record<string, { Type: string; Value: string }> = {};
  for (const [name, value] of Object.entries(
    (params['MessageAttributes'] ?? {}) as Record<string, Record<string, unknown>>,
  )) {
    attributes[name] = {
      Type: String(value['DataType'] ?? 'String'),
      Value: String(value['StringValue'] ?? value['BinaryValue'] ?? ''),
    };
  }
  return {
    topicArn,
    message: String(params['Message'] ?? ''),
    ...(typeof params['Subject'] === 'string' ? { subject: params['Subject'] } : {}),
    attributes,
  };
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
