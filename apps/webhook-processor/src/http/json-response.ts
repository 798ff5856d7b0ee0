import {
  ErrorResponseSchema,
  FieldErrorSchema,
  type ErrorReply,
  type ErrorResponse,
} from '@payments/contracts';
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

const MAX_MESSAGE = limit(ErrorResponseSchema.properties.message, 'maxLength', 2000);
const MAX_ERRORS = limit(ErrorResponseSchema.properties.errors, 'maxItems', 100);
const MAX_FIELD_MESSAGE = limit(FieldErrorSchema.properties.message, 'maxLength', 500);
const MAX_PATH = limit(FieldErrorSchema.properties.path, 'maxLength', 300);

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

function limit(schema: object, keyword: 'maxLength' | 'maxItems', fallback: number): number {
  const value = (schema as Record<string, unknown>)[keyword];
  return typeof value === 'number' ? value : fallback;
}
