import type { ErrorReply } from '@payments/contracts/lambda';
import type { APIGatewayProxyResult } from 'aws-lambda';

const HEADERS = {
  'Content-Type': 'application/json',
  // A transaction changes as events arrive; no intermediary may serve a stale copy.
  'Cache-Control': 'no-store',
};

export function jsonResponse(statusCode: number, body: unknown): APIGatewayProxyResult {
  return { statusCode, headers: { ...HEADERS }, body: JSON.stringify(body) };
}

export function errorResponse(reply: ErrorReply): APIGatewayProxyResult {
  return jsonResponse(reply.statusCode, reply.body);
}
