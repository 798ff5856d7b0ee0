import { ERROR_CODES, type ErrorCode } from '../../schemas/error-response';

export interface ErrorCodeGuide {
  /** What happened, for an integrator. */
  readonly meaning: string;
  /** Whether and how to retry. */
  readonly retry: string;
  /** Who produces it: the gateway (before the service runs), the service, or both. */
  readonly raisedBy: 'gateway' | 'service' | 'gateway and service';
}

/** Every error code of the API, documented once; the error catalogue is rendered from it. */
export const ERROR_CODE_GUIDE: Readonly<Record<ErrorCode, ErrorCodeGuide>> = {
  VALIDATION_FAILED: {
    meaning:
      'The body, a path parameter or the JSON itself is invalid. `errors` lists every problem with a JSON Pointer to it.',
    retry: 'No. Fix the request.',
    raisedBy: 'gateway and service',
  },
  ACCESS_DENIED: {
    meaning:
      'Missing or invalid SigV4 signature, expired signature, or the caller’s policy does not allow this route. Also the answer for a path that does not exist.',
    retry: 'No. Fix credentials, clock or policy.',
    raisedBy: 'gateway',
  },
  NOT_FOUND: {
    meaning: 'No event has been accepted for this transaction id.',
    retry: 'Only once an event for the transaction has been accepted.',
    raisedBy: 'service',
  },
  EVENT_ID_CONFLICT: {
    meaning:
      'This provider already sent an event with this event id and a different payload (any field, including the event time or transaction id). The stored event is unchanged.',
    retry: 'No. Send corrections as a new event with a new event id.',
    raisedBy: 'service',
  },
  PAYLOAD_TOO_LARGE: {
    meaning: 'The raw request body is larger than the limit.',
    retry: 'No. Shorten `metadata`.',
    raisedBy: 'gateway and service',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    meaning: '`Content-Type` is missing or not `application/json`.',
    retry: 'No. Send `Content-Type: application/json`.',
    raisedBy: 'gateway and service',
  },
  THROTTLED: {
    meaning: 'Above the route’s rate or burst limit. Nothing was received.',
    retry: 'Yes, with exponential backoff and jitter.',
    raisedBy: 'gateway',
  },
  INTERNAL_ERROR: {
    meaning: 'Unexpected failure. Nothing was acknowledged.',
    retry: 'Yes, the same request, with backoff, for up to 3 days.',
    raisedBy: 'gateway and service',
  },
  SERVICE_UNAVAILABLE: {
    meaning: 'Storage or queueing is unavailable right now. Nothing was acknowledged.',
    retry: 'Yes, the same request, with backoff, for up to 3 days.',
    raisedBy: 'gateway and service',
  },
};

/** The error catalogue: one row per code, in HTTP status order. */
export function errorCatalogueGuide(): string {
  const rows = (Object.keys(ERROR_CODES) as ErrorCode[]).map((code) => {
    const guide = ERROR_CODE_GUIDE[code];
    return `| \`${ERROR_CODES[code]}\` | \`${code}\` | ${guide.meaning} | ${guide.retry} | ${guide.raisedBy} |`;
  });
  return [
    'Every `4xx` and `5xx` has the same body, the `ErrorResponse` schema: a stable `code`, a',
    'human-readable `message`, the `request_id` to quote to support, and `errors`, the list of',
    'field problems, each with a JSON Pointer (RFC 6901) `path` such as `/customer/email` (empty',
    'when the error is not about one field). The shape is the same whether the gateway or the',
    'service answers, so one error handler covers both.',
    '',
    '| Status | Code | Meaning | Retry | Raised by |',
    '| ------ | ---- | ------- | ----- | --------- |',
    ...rows,
    '',
    'Branch on `code`, not on `message`: messages are for people and may be reworded.',
    'Request bodies are checked twice: a coarse schema check at the gateway (its `errors` hold one',
    'entry with the gateway’s own wording and an empty `path`), then the full contract in the',
    'service (one entry per problem, each with its exact path).',
    '',
  ].join('\n');
}
