import { Sha256 } from '@aws-crypto/sha256-js';
import {
  buildApiGatewayDocument,
  lambdaIntegrationUri,
  webhookEventExamples,
} from '@payments/contracts';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import type { InvocationResult } from '../lambda/function-pool';
import { createGatewayPipeline, type PipelineRequest } from './gateway-pipeline';
import { createSigV4Verifier } from './sigv4-verifier';

const KEY = { accessKeyId: 'AKIALOCALSTACK000001', secretAccessKey: 'local-secret' };
const arn = (name: string) => `arn:aws:lambda:us-east-2:123456789012:function:${name}`;
const document = buildApiGatewayDocument({
  webhookProcessor: lambdaIntegrationUri('us-east-2', arn('processor')),
  transactionReader: lambdaIntegrationUri('us-east-2', arn('reader')),
  notificationSender: lambdaIntegrationUri('us-east-2', arn('sender')),
}) as unknown as Record<string, unknown>;

function pipeline(
  reply: (uri: string, event: APIGatewayProxyEvent) => InvocationResult,
  burst = 100,
) {
  const invocations: { uri: string; event: APIGatewayProxyEvent }[] = [];
  const handle = createGatewayPipeline({
    document,
    stageName: 'v1',
    accountId: '123456789012',
    apiId: 'local000001',
    verify: createSigV4Verifier({ keys: [KEY], region: 'us-east-2', service: 'execute-api' }),
    identityOf: () => ({
      caller: 'AIDA1',
      user: 'AIDA1',
      userArn: 'arn:aws:iam::123456789012:user/local',
    }),
    invoke: async (uri, event) => {
      invocations.push({ uri, event });
      return reply(uri, event);
    },
    throttling: { methods: { 'POST /webhooks/payment': { rateLimit: 0.001, burstLimit: burst } } },
  });
  return { handle, invocations };
}

async function request(
  method: string,
  pathAfterStage: string,
  body = '',
  signed = true,
): Promise<PipelineRequest> {
  const headers: Record<string, string> = {
    host: '127.0.0.1:3000',
    'content-type': 'application/json',
    'User-Agent': 'test',
  };
  const signer = new SignatureV4({
    credentials: KEY,
    region: 'us-east-2',
    service: 'execute-api',
    sha256: Sha256,
  });
  const http = new HttpRequest({
    method,
    protocol: 'http:',
    hostname: '127.0.0.1',
    port: 3000,
    path: `/v1${pathAfterStage}`,
    headers,
    body,
  });
  const final = signed ? await signer.sign(http) : http;
  return {
    method,
    rawPath: `/v1${pathAfterStage}`,
    rawQuery: '',
    path: pathAfterStage,
    stage: 'v1',
    rawHeaders: Object.entries(final.headers).flat(),
    body: Buffer.from(body),
    sourceIp: '127.0.0.1',
    port: 3000,
  };
}

const event = JSON.stringify(webhookEventExamples()['payment.created']);
const accepted: InvocationResult = {
  ok: true,
  payload: {
    statusCode: 202,
    headers: { 'Content-Type': 'application/json' },
    body: '{"status":"accepted"}',
  },
};
const json = (body: Buffer) => JSON.parse(body.toString('utf8')) as Record<string, unknown>;

describe('createGatewayPipeline', () => {
  it('answers an unsigned request with the document’s MISSING_AUTHENTICATION_TOKEN response', async () => {
    const { handle, invocations } = pipeline(() => accepted);

    const reply = await handle(await request('POST', '/webhooks/payment', event, false), 'req-1');

    expect(reply.statusCode).toBe(403);
    expect(json(reply.body)).toEqual({
      code: 'ACCESS_DENIED',
      message: 'Missing Authentication Token',
      request_id: 'req-1',
      errors: [],
    });
    expect(invocations).toEqual([]);
  });

  it('answers an unknown resource like API Gateway: 403 Missing Authentication Token', async () => {
    const { handle } = pipeline(() => accepted);

    const reply = await handle(await request('GET', '/webhooks/payment'), 'req-2');

    expect(reply.statusCode).toBe(403);
    expect(json(reply.body)['message']).toBe('Missing Authentication Token');
  });

  it('rejects a body that fails the model with a parseable BAD_REQUEST_BODY response', async () => {
    const { handle, invocations } = pipeline(() => accepted);

    const reply = await handle(
      await request('POST', '/webhooks/payment', '{"event_id":"e"}'),
      'req-3',
    );

    expect(reply.statusCode).toBe(400);
    expect(json(reply.body)).toMatchObject({
      code: 'VALIDATION_FAILED',
      request_id: 'req-3',
      errors: [
        { path: '', message: expect.stringContaining('object has missing required properties') },
      ],
    });
    expect(invocations).toEqual([]);
  });

  it('invokes the integration’s function with a REST proxy event and returns its response', async () => {
    const { handle, invocations } = pipeline(() => accepted);

    const reply = await handle(await request('POST', '/webhooks/payment', event), 'req-4');

    expect(reply.statusCode).toBe(202);
    expect(reply.body.toString()).toBe('{"status":"accepted"}');
    expect(reply.headers['x-amzn-RequestId']).toEqual(['req-4']);
    expect(invocations[0]?.uri).toContain(arn('processor'));
    expect(invocations[0]?.event).toMatchObject({
      resource: '/webhooks/payment',
      path: '/webhooks/payment',
      httpMethod: 'POST',
      body: event,
      isBase64Encoded: false,
      pathParameters: null,
      queryStringParameters: null,
      stageVariables: null,
      headers: expect.objectContaining({
        'content-type': 'application/json',
        'X-Forwarded-Proto': 'http',
      }),
      requestContext: expect.objectContaining({
        requestId: 'req-4',
        stage: 'v1',
        path: '/v1/webhooks/payment',
        resourcePath: '/webhooks/payment',
        identity: expect.objectContaining({
          accessKey: KEY.accessKeyId,
          userArn: 'arn:aws:iam::123456789012:user/local',
          sourceIp: '127.0.0.1',
          userAgent: 'test',
        }),
      }),
    });
  });

  it('passes path parameters of the matched resource', async () => {
    const { handle, invocations } = pipeline(() => ({
      ok: true,
      payload: { statusCode: 200, body: '{}' },
    }));

    await handle(await request('GET', '/transactions/txn_42'), 'req-5');

    expect(invocations[0]?.event).toMatchObject({
      resource: '/transactions/{id}',
      pathParameters: { id: 'txn_42' },
    });
    expect(invocations[0]?.uri).toContain(arn('reader'));
  });

  it.each([
    [
      'a function error',
      { ok: false, error: { errorType: 'Error', errorMessage: 'boom' } } as InvocationResult,
    ],
    ['a malformed proxy result', { ok: true, payload: { status: 200 } } as InvocationResult],
  ])('turns %s into the DEFAULT_5XX response', async (_label, result) => {
    const { handle } = pipeline(() => result);

    const reply = await handle(await request('POST', '/webhooks/payment', event), 'req-6');

    expect(reply.statusCode).toBe(500);
    expect(json(reply.body)).toMatchObject({
      code: 'INTERNAL_ERROR',
      message: 'Internal server error',
    });
  });

  it('throttles beyond the method’s burst with the THROTTLED response', async () => {
    const { handle } = pipeline(() => accepted, 1);

    const first = await handle(await request('POST', '/webhooks/payment', event), 'a');
    const second = await handle(await request('POST', '/webhooks/payment', event), 'b');

    expect(first.statusCode).toBe(202);
    expect(second.statusCode).toBe(429);
    expect(json(second.body)['code']).toBe('THROTTLED');
  });
});
