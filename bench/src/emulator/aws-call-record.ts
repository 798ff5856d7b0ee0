import { parseAwsCall } from '../../../tools/local-stack/src/moto/aws-call';

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
  const body = request.body
    ? request.body_encoded
      ? Buffer.from(request.body, 'base64')
      : Buffer.from(request.body, 'utf8')
    : Buffer.alloc(0);
  // The local stack's own reading of a call (service from the signature scope, action from
  // X-Amz-Target or the query form), so the recorder and the stack count calls the same way.
  const call = parseAwsCall(headers, body);
  if (!call) return undefined;
  return {
    caller: callerOf(headers['user-agent'] ?? ''),
    service: call.service,
    action: call.action,
    requestBytes: body.length,
    params: call.params,
  };
}

/** The functions' SDK user agent names their runtime (`exec-env/AWS_Lambda_nodejs24.x`). */
export function callerOf(userAgent: string): Caller {
  return /exec-env\/AWS_Lambda/.test(userAgent) ? 'function' : 'platform';
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
}
