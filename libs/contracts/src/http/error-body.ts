import { ERROR_CODES, type ErrorCode } from '../model/error-codes';
import type { ErrorResponse, FieldError } from '../schemas/error-response';

export interface ErrorReply {
  readonly statusCode: number;
  readonly body: ErrorResponse;
}

/** Builds the one error body of the API together with the status code its `code` implies. */
export function errorReply(
  code: ErrorCode,
  message: string,
  options: { errors?: FieldError[]; requestId?: string } = {},
): ErrorReply {
  return {
    statusCode: ERROR_CODES[code],
    body: {
      code,
      message,
      ...(options.requestId ? { request_id: options.requestId } : {}),
      errors: options.errors ?? [],
    },
  };
}
