import type { ErrorReply } from '@payments/contracts/lambda';
import type { APIGatewayProxyResult } from 'aws-lambda';

export function jsonResponse(statusCode: number, body: unknown): APIGatewayProxyResult {
  return {
    statusCode,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
    body: JSON.stringify(body),
  };
}

/** The error shape, always carrying the API Gateway request id. */
export function errorResponse(reply: ErrorReply, requestId: string): APIGatewayProxyResult {
  return jsonResponse(reply.statusCode, { ...reply.body, request_id: requestId });
}
