import type { APIGatewayProxyEvent, SQSEvent, SQSRecord } from 'aws-lambda';

export const API_REQUEST_ID = 'req-abc-123';

/** A REST API (v1) proxy event for `POST /transactions/{id}/notify`. */
export function notifyEvent(
  pathParameters: Record<string, string> | null,
  body: string | null,
  overrides: Partial<APIGatewayProxyEvent> = {},
): APIGatewayProxyEvent {
  const id = pathParameters?.['id'] ?? '';
  return {
    resource: '/transactions/{id}/notify',
    path: `/transactions/${encodeURIComponent(id)}/notify`,
    httpMethod: 'POST',
    headers: { 'content-type': 'application/json' },
    multiValueHeaders: {},
    queryStringParameters: null,
    multiValueQueryStringParameters: null,
    pathParameters,
    stageVariables: null,
    body,
    isBase64Encoded: false,
    requestContext: {
      requestId: API_REQUEST_ID,
      accountId: '123456789012',
      apiId: 'api1',
      stage: 'v1',
      httpMethod: 'POST',
      path: `/v1/transactions/${encodeURIComponent(id)}/notify`,
      protocol: 'HTTP/1.1',
      resourceId: 'res1',
      resourcePath: '/transactions/{id}/notify',
      requestTimeEpoch: 0,
      authorizer: null,
      identity: {} as APIGatewayProxyEvent['requestContext']['identity'],
    },
    ...overrides,
  };
}

/** An SQS event as the Lambda event source mapping delivers it. */
export function sqsEvent(...records: { messageId: string; body: string }[]): SQSEvent {
  return { Records: records.map((record) => sqsRecord(record.messageId, record.body)) };
}

export function sqsRecord(messageId: string, body: string, receiveCount = 1): SQSRecord {
  return {
    messageId,
    receiptHandle: `handle-${messageId}`,
    body,
    attributes: {
      ApproximateReceiveCount: String(receiveCount),
      SentTimestamp: '1764237600000',
      SenderId: 'AIDAEXAMPLE',
      ApproximateFirstReceiveTimestamp: '1764237600001',
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-2:123456789012:notifications',
    awsRegion: 'us-east-2',
  };
}
