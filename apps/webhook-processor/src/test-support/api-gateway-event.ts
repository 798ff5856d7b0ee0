import type { APIGatewayProxyEvent } from 'aws-lambda';

export interface WebhookRequestOptions {
  /** Sent as is when a string; JSON-encoded otherwise. */
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  readonly isBase64Encoded?: boolean;
  readonly requestId?: string;
}

/** An API Gateway REST (v1) proxy event for `POST /webhooks/payment`, as the stage sends it. */
export function webhookRequest(options: WebhookRequestOptions = {}): APIGatewayProxyEvent {
  const body =
    options.body === undefined || options.body === null || typeof options.body === 'string'
      ? ((options.body as string | null | undefined) ?? null)
      : JSON.stringify(options.body);
  const headers = options.headers ?? { 'Content-Type': 'application/json' };
  const requestId = options.requestId ?? 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef';
  return {
    resource: '/webhooks/payment',
    path: '/webhooks/payment',
    httpMethod: 'POST',
    headers,
    multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]])),
    queryStringParameters: null,
    multiValueQueryStringParameters: null,
    pathParameters: null,
    stageVariables: null,
    body,
    isBase64Encoded: options.isBase64Encoded ?? false,
    requestContext: {
      accountId: '123456789012',
      apiId: 'a1b2c3d4e5',
      authorizer: null,
      protocol: 'HTTP/1.1',
      httpMethod: 'POST',
      identity: {
        accessKey: null,
        accountId: '123456789012',
        apiKey: null,
        apiKeyId: null,
        caller: 'AROAEXAMPLE:provider-relay',
        clientCert: null,
        cognitoAuthenticationProvider: null,
        cognitoAuthenticationType: null,
        cognitoIdentityId: null,
        cognitoIdentityPoolId: null,
        principalOrgId: null,
        sourceIp: '203.0.113.10',
        user: 'AROAEXAMPLE:provider-relay',
        userAgent: 'provider-webhooks/1.0',
        userArn: 'arn:aws:sts::123456789012:assumed-role/webhook-sender/provider-relay',
      },
      path: '/v1/webhooks/payment',
      stage: 'v1',
      requestId,
      requestTimeEpoch: 1795774560000,
      resourceId: 'abc123',
      resourcePath: '/webhooks/payment',
    },
  };
}
