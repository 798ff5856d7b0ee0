import type { APIGatewayProxyEvent } from 'aws-lambda';

/** A REST API (v1) proxy event for `GET /transactions/{id}`. */
export function getTransactionEvent(
  pathParameters: Record<string, string> | null,
  overrides: Partial<APIGatewayProxyEvent> = {},
): APIGatewayProxyEvent {
  const id = pathParameters?.['id'] ?? '';
  return {
    resource: '/transactions/{id}',
    path: `/transactions/${encodeURIComponent(id)}`,
    httpMethod: 'GET',
    headers: { Accept: 'application/json' },
    multiValueHeaders: {},
    queryStringParameters: null,
    multiValueQueryStringParameters: null,
    pathParameters,
    stageVariables: null,
    body: null,
    isBase64Encoded: false,
    requestContext: {
      requestId: 'req-abc-123',
      accountId: '123456789012',
      apiId: 'api1',
      stage: 'v1',
      httpMethod: 'GET',
      path: `/v1/transactions/${encodeURIComponent(id)}`,
      protocol: 'HTTP/1.1',
      resourceId: 'res1',
      resourcePath: '/transactions/{id}',
      requestTimeEpoch: 0,
      authorizer: null,
      identity: {} as APIGatewayProxyEvent['requestContext']['identity'],
    },
    ...overrides,
  };
}
