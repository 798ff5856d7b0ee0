import { errorReply, type ErrorReply } from './error-body';

export interface RawHttpBody {
  readonly body: string | null | undefined;
  readonly isBase64Encoded?: boolean;
  /** Value of the Content-Type header, whatever its case in the request. */
  readonly contentType: string | undefined;
}

export type JsonBodyResult =
  | { ok: true; value: unknown; rawBytes: Buffer }
  | { ok: false; reply: ErrorReply };

/**
 * Turns the raw request body into JSON, in the order a sender can act on: wrong media type (415),
 * too large (413, measured on the exact bytes received), empty or malformed (400). Pure: the
 * handlers call it and map the reply to HTTP.
 */
export function parseJsonBody(input: RawHttpBody, maxBytes: number): JsonBodyResult {
  const mediaType = (input.contentType ?? '').split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') {
    return fail(
      errorReply(
        'UNSUPPORTED_MEDIA_TYPE',
        `Content-Type must be application/json (got ${input.contentType ? JSON.stringify(input.contentType) : 'none'}).`,
      ),
    );
  }
  const rawBytes = Buffer.from(input.body ?? '', input.isBase64Encoded ? 'base64' : 'utf8');
  if (rawBytes.length > maxBytes) {
    return fail(
      errorReply(
        'PAYLOAD_TOO_LARGE',
        `Request body is ${rawBytes.length} bytes; the limit is ${maxBytes} bytes.`,
      ),
    );
  }
  if (rawBytes.length === 0) {
    return fail(
      errorReply('VALIDATION_FAILED', 'Request body is empty; a JSON object is required.', {
        errors: [{ path: '', message: 'is required' }],
      }),
    );
  }
  try {
    return { ok: true, value: JSON.parse(rawBytes.toString('utf8')), rawBytes };
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'unparseable';
    return fail(
      errorReply('VALIDATION_FAILED', `Request body is not valid JSON: ${detail}`, {
        errors: [{ path: '', message: 'must be valid JSON' }],
      }),
    );
  }
}

function fail(reply: ErrorReply): JsonBodyResult {
  return { ok: false, reply };
}
