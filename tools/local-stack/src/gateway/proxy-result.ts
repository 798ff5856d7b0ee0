export interface HttpReply {
  readonly statusCode: number;
  /** Header name -> values; repeated headers keep every value. */
  readonly headers: Readonly<Record<string, readonly string[]>>;
  readonly body: Buffer;
}

/**
 * Turns a Lambda proxy integration result into the HTTP response, or `undefined` when the
 * result is malformed (API Gateway then answers 502 "Internal server error"): it must be an
 * object with an integer `statusCode`, string header values and a string body (base64 when
 * `isBase64Encoded`). `headers` and `multiValueHeaders` are merged as API Gateway does; a key other than the
 * five of the proxy format makes the result malformed, as in a REST API.
 */
export function fromProxyResult(payload: unknown): HttpReply | undefined {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return undefined;
  const result = payload as Record<string, unknown>;
  const statusCode = Number(result['statusCode']);
  if (!Number.isInteger(statusCode) || statusCode < 100 || statusCode > 599) return undefined;
  const known = ['statusCode', 'headers', 'multiValueHeaders', 'body', 'isBase64Encoded'];
  if (Object.keys(result).some((key) => !known.includes(key))) return undefined;
  const body = result['body'];
  if (body !== undefined && body !== null && typeof body !== 'string') return undefined;
  const headers: Record<string, string[]> = {};
  const single = result['headers'];
  const multi = result['multiValueHeaders'];
  if (single !== undefined && single !== null) {
    if (typeof single !== 'object') return undefined;
    for (const [name, value] of Object.entries(single)) {
      if (!isScalar(value)) return undefined;
      headers[name] = [String(value)];
    }
  }
  if (multi !== undefined && multi !== null) {
    if (typeof multi !== 'object') return undefined;
    for (const [name, values] of Object.entries(multi)) {
      if (!Array.isArray(values) || !values.every(isScalar)) return undefined;
      // A header in both maps takes the multi-value list, as in API Gateway.
      headers[name] = values.map(String);
    }
  }
  const text = typeof body === 'string' ? body : '';
  return {
    statusCode,
    headers,
    body:
      result['isBase64Encoded'] === true ? Buffer.from(text, 'base64') : Buffer.from(text, 'utf8'),
  };
}

function isScalar(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
