import type { APIGatewayProxyEvent } from 'aws-lambda';
import { randomBytes } from 'node:crypto';
import {
  clfTime,
  lookup,
  multiValues,
  pairs,
  queryStringPairs,
  resourceId,
  singleValues,
} from './proxy-event-fields';

export interface ReceivedRequest {
  readonly method: string;
  /** Path after the stage, decoded, e.g. `/transactions/txn_1`. */
  readonly path: string;
  readonly stage: string;
  /** Header pairs in the order and spelling they arrived (Node's `rawHeaders`). */
  readonly rawHeaders: readonly string[];
  readonly rawQuery: string;
  readonly body: Buffer;
  readonly sourceIp: string;
  readonly port: number;
}

export interface ProxyEventContext {
  readonly requestId: string;
  readonly resourcePath: string;
  readonly pathParameters: Readonly<Record<string, string>>;
  readonly accountId: string;
  readonly apiId: string;
  readonly traceId: string;
  readonly now: Date;
  readonly identity: {
    readonly accessKey: string;
    readonly caller: string;
    readonly user: string;
    readonly userArn: string;
  };
}

/**
 * The event API Gateway sends a Lambda proxy integration of a REST API (payload format 1.0),
 * field for field: headers as sent plus API Gateway's X-Forwarded-* and trace headers, the last
 * value of a repeated header or query parameter in the single-value maps, `null` for absent
 * maps and bodies, and an IAM caller's identity in the request context.
 */
export function toProxyEvent(
  request: ReceivedRequest,
  context: ProxyEventContext,
): APIGatewayProxyEvent {
  const headerPairs = [
    ...pairs(request.rawHeaders),
    ['X-Amzn-Trace-Id', context.traceId],
    ['X-Forwarded-For', request.sourceIp],
    ['X-Forwarded-Port', String(request.port)],
    ['X-Forwarded-Proto', 'http'],
  ] as [string, string][];
  const headers = singleValues(headerPairs, true);
  const multiValueHeaders = multiValues(headerPairs, true);
  const queryPairs = queryStringPairs(request.rawQuery);
  const host = headers['Host'] ?? headers['host'] ?? '127.0.0.1';
  const domainName = host;
  const userAgent = lookup(headers, 'user-agent') ?? null;
  return {
    resource: context.resourcePath,
    path: request.path,
    httpMethod: request.method,
    headers,
    multiValueHeaders,
    queryStringParameters: queryPairs.length > 0 ? singleValues(queryPairs, false) : null,
    multiValueQueryStringParameters: queryPairs.length > 0 ? multiValues(queryPairs, false) : null,
    pathParameters:
      Object.keys(context.pathParameters).length > 0 ? { ...context.pathParameters } : null,
    stageVariables: null,
    requestContext: {
      resourceId: resourceId(context.resourcePath),
      resourcePath: context.resourcePath,
      httpMethod: request.method,
      extendedRequestId: randomBytes(12).toString('base64').replace(/[+/]/g, 'A'),
      requestTime: clfTime(context.now),
      path: `/${request.stage}${request.path}`,
      accountId: context.accountId,
      protocol: 'HTTP/1.1',
      stage: request.stage,
      domainPrefix: domainName.split('.')[0] ?? domainName,
      requestTimeEpoch: context.now.getTime(),
      requestId: context.requestId,
      identity: {
        cognitoIdentityPoolId: null,
        accountId: context.accountId,
        cognitoIdentityId: null,
        caller: context.identity.caller,
        sourceIp: request.sourceIp,
        principalOrgId: null,
        accessKey: context.identity.accessKey,
        cognitoAuthenticationType: null,
        cognitoAuthenticationProvider: null,
        userArn: context.identity.userArn,
        userAgent,
        user: context.identity.user,
        apiKey: null,
        apiKeyId: null,
        clientCert: null,
      },
      domainName,
      apiId: context.apiId,
      authorizer: null,
    },
    body: request.body.length > 0 ? request.body.toString('utf8') : null,
    isBase64Encoded: false,
  } as APIGatewayProxyEvent;
}
