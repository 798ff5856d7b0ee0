import type { APIGatewayProxyResult } from 'aws-lambda';
import type { ErrorReply } from '@payments/contracts';

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
  return jsonResponse(reply.statusCode, {
    ...reply.body,
    ...(requestId ? { request_id: requestId } : {}),
  });
}
