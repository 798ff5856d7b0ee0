/** Who made an AWS call, as far as the cost model is concerned. */
export type Caller =
  /** The Lambda functions (their SDK user agent carries `exec-env/AWS_Lambda_...`). */
  | 'function'
  /**
   * The local stack itself: the SQS event source's polling (which in AWS the Lambda service
   * does, billed to the account) and the outbox's subscription mirror (local only).
   */
  | 'platform';

export interface AwsCallRecord {
  readonly caller: Caller;
  readonly service: string;
  readonly action: string;
  readonly requestBytes: number;
  readonly params: Record<string, unknown>;
}

interface RecordedRequest {
  readonly headers: Record<string, string>;
  readonly method: string;
  readonly url: string;
  readonly body?: string | null;
  readonly body_encoded?: boolean;
}

/** One line of moto's request recording (MOTO_RECORDER_FILEPATH) as an AWS call, if it is one. */
export function parseRecordedRequest(line: string): AwsCallRecord | undefined {
  const request = JSON.parse(line) as RecordedRequest;
  const headers = lowerCaseKeys(request.headers);
  const scope = /Credential=[^/]+\/\d{8}\/[^/]+\/([^/]+)\//.exec(headers['authorization'] ?? '');
  const service = scope?.[1];
  if (!service) return undefined;
  const body = request.body
    ? request.body_encoded
      ? Buffer.from(request.body, 'base64')
      : Buffer.from(request.body, 'utf8')
    : Buffer.alloc(0);
  const target = headers['x-amz-target'];
  const caller = callerOf(headers['user-agent'] ?? '');
  if (target) {
    return {
      caller,
      service,
      action: target.slice(target.indexOf('.') + 1),
      requestBytes: body.length,
      params: parseJson(body),
    };
  }
  const form = new URLSearchParams(body.toString('utf8'));
  const action = form.get('Action');
  if (!action) return undefined;
  return {
    caller,
    service,
    action,
    requestBytes: body.length,
    params: Object.fromEntries(form),
  };
}

/** The functions' SDK user agent names their runtime (`exec-env/AWS_Lambda_nodejs24.x`). */
export function callerOf(userAgent: string): Caller {
  return /exec-env\/AWS_Lambda/.test(userAgent) ? 'function' : 'platform';
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
}

function parseJson(body: Buffer): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(body.toString('utf8') || '{}');
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
