import type { APIGatewayProxyEvent } from 'aws-lambda';
import { randomBytes, randomUUID } from 'node:crypto';
import type { InvocationResult } from '../lambda/function-pool';
import { apiRoutes, findRoute, type ApiRoute } from './api-routes';
import {
  gatewayReply,
  lowerCaseHeaders,
  queryValues,
  withGatewayHeaders,
  withTimeout,
} from './gateway-replies';
import type { GatewayResponses, GatewayResponseType } from './gateway-responses';
import { toProxyEvent, type ReceivedRequest } from './proxy-event';
import { fromProxyResult, type HttpReply } from './proxy-result';
import { validateRequest } from './request-validation';
import type { SigV4Verdict, VerifiableRequest } from './sigv4-verifier';
import { TokenBucket } from './token-bucket';

export interface CallerIdentity {
  readonly caller: string;
  readonly user: string;
  readonly userArn: string;
}

export interface Throttling {
  readonly stage?: { readonly rateLimit: number; readonly burstLimit: number };
  /** Keyed `METHOD /resource/path`. */
  readonly methods: Readonly<
    Record<string, { readonly rateLimit: number; readonly burstLimit: number }>
  >;
}

export interface GatewayPipelineOptions {
  readonly document: Record<string, unknown>;
  readonly stageName: string;
  readonly accountId: string;
  readonly apiId: string;
  readonly verify: (request: VerifiableRequest) => Promise<SigV4Verdict>;
  readonly identityOf: (accessKeyId: string) => CallerIdentity;
  /** Invokes the function an integration URI names. */
  readonly invoke: (
    integrationUri: string,
    event: APIGatewayProxyEvent,
    requestId: string,
  ) => Promise<InvocationResult>;
  readonly throttling: Throttling;
  /** API Gateway's integration timeout, 29 s. */
  readonly integrationTimeoutMs?: number;
}

export interface PipelineRequest extends ReceivedRequest {
  /** Path and query exactly as on the wire (for the signature). */
  readonly rawPath: string;
}

/**
 * What API Gateway does with one request to a REST API stage, in its order: route (unknown
 * resources are 403 Missing Authentication Token), throttle, SigV4 (AWS_IAM methods), request
 * validation, Lambda proxy integration. Errors are the document's gateway responses.
 */
export function createGatewayPipeline(options: GatewayPipelineOptions) {
  const routes = apiRoutes(options.document);
  const responses = options.document['x-amazon-apigateway-gateway-responses'] as
    | GatewayResponses
    | undefined;
  const buckets = new Map<string, TokenBucket>();
  const bucketFor = (route: ApiRoute) => {
    const key = `${route.method} ${route.resourcePath}`;
    const limits = options.throttling.methods[key] ?? options.throttling.stage;
    if (!limits) return undefined;
    if (!buckets.has(key)) buckets.set(key, new TokenBucket(limits.rateLimit, limits.burstLimit));
    return buckets.get(key);
  };

  return async function handle(
    request: PipelineRequest,
    requestId: string = randomUUID(),
  ): Promise<HttpReply> {
    const fail = (
      type: GatewayResponseType,
      message: string,
      extra: { validationErrorString?: string; statusCode?: number } = {},
    ) => gatewayReply(responses, type, message, requestId, extra);
    // Matched on the raw path so that path parameters are decoded exactly once.
    const found = findRoute(
      routes,
      request.method,
      request.rawPath.slice(request.stage.length + 1) || '/',
    );
    if (!found) return fail('MISSING_AUTHENTICATION_TOKEN', 'Missing Authentication Token');
    const { route, pathParameters } = found;
    if (bucketFor(route)?.tryTake() === false) return fail('THROTTLED', 'Too Many Requests');

    const headers = lowerCaseHeaders(request.rawHeaders);
    let identity = { accessKey: '', caller: '', user: '', userArn: '' };
    if (route.authType === 'AWS_IAM') {
      const verdict = await options.verify({
        method: request.method,
        rawPath: request.rawPath,
        rawQuery: request.rawQuery,
        headers,
        body: request.body,
      });
      if (!verdict.ok) return fail(verdict.responseType, verdict.message);
      identity = { accessKey: verdict.accessKeyId, ...options.identityOf(verdict.accessKeyId) };
    }

    const validation = validateRequest(
      route,
      {
        body: request.body,
        contentType: headers['content-type'],
        pathParameters,
        query: queryValues(request.rawQuery),
        headers,
      },
      options.document,
    );
    if (!validation.ok) {
      return fail(validation.responseType, validation.message, {
        validationErrorString: validation.validationErrorString,
      });
    }

    const traceId = `Root=1-${Math.floor(Date.now() / 1000).toString(16)}-${randomBytes(12).toString('hex')}`;
    const event = toProxyEvent(request, {
      requestId,
      resourcePath: route.resourcePath,
      pathParameters,
      accountId: options.accountId,
      apiId: options.apiId,
      traceId,
      now: new Date(),
      identity,
    });
    const result = await withTimeout(
      options.invoke(route.integration.uri, event, requestId),
      options.integrationTimeoutMs ?? 29_000,
    );
    if (result === 'timeout') return fail('INTEGRATION_TIMEOUT', 'Endpoint request timed out');
    const reply = result.ok ? fromProxyResult(result.payload) : undefined;
    // A function error or a malformed result is a 502 "Internal server error" in API Gateway.
    if (!reply) return fail('DEFAULT_5XX', 'Internal server error', { statusCode: 502 });
    return withGatewayHeaders(reply, requestId, traceId);
  };
}
