import {
  ERROR_RESPONSE_LIMITS,
  type ErrorReply,
  type ErrorResponse,
} from '@payments/contracts/lambda';
import type { APIGatewayProxyResult } from 'aws-lambda';

export function jsonResponse(statusCode: number, body: unknown): APIGatewayProxyResult {
  return {
    statusCode,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  };
}

/** Error replies carry the API Gateway request id so a sender can quote it to support. */
export function errorResponse(
  reply: ErrorReply,
  requestId: string | undefined,
): APIGatewayProxyResult {
  return jsonResponse(
    reply.statusCode,
    withinContract({ ...reply.body, ...(requestId ? { request_id: requestId } : {}) }),
  );
}

const MAX_MESSAGE = ERROR_RESPONSE_LIMITS.messageMaxLength;
const MAX_ERRORS = ERROR_RESPONSE_LIMITS.errorsMaxItems;
const MAX_FIELD_MESSAGE = ERROR_RESPONSE_LIMITS.fieldMessageMaxLength;
const MAX_PATH = ERROR_RESPONSE_LIMITS.fieldPathMaxLength;

/**
 * Clips texts to the lengths the published ErrorResponse schema allows, so a client that
 * validates responses never rejects an error body (a validator message listing a long enum can
 * exceed them).
 */
function withinContract(body: ErrorResponse): ErrorResponse {
  return {
    ...body,
    message: clip(body.message, MAX_MESSAGE),
    errors: body.errors.slice(0, MAX_ERRORS).map((error) => ({
      path: clip(error.path, MAX_PATH),
      message: clip(error.message, MAX_FIELD_MESSAGE),
    })),
  };
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
