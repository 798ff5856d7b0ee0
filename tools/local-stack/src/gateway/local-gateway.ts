import type { APIGatewayProxyEvent } from 'aws-lambda';
import type { InvocationResult } from '../lambda/function-pool';
import { LOCAL_CALLER, LOCAL_CREDENTIALS } from '../local-credentials';
import type { LocalStackPlan } from '../template/local-stack-plan';
import { createGatewayPipeline } from './gateway-pipeline';
import { renderGatewayResponse, type GatewayResponses } from './gateway-responses';
import { startGatewayServer, type RunningServer } from './gateway-server';
import { createSigV4Verifier } from './sigv4-verifier';

export interface LocalGatewayOptions {
  readonly host: string;
  readonly port: number;
  readonly plan: LocalStackPlan;
  readonly accountId: string;
  readonly region: string;
  readonly invoke: (
    functionArn: string,
    event: APIGatewayProxyEvent,
    requestId: string,
  ) => Promise<InvocationResult>;
  readonly log: (line: string) => void;
}

/**
 * The stage of the template's REST API, served locally: the imported OpenAPI body gives routes,
 * validators, models, gateway responses and which function each integration invokes; the
 * stage gives its name and throttling; callers sign with the documented local key.
 */
export async function startLocalGateway(options: LocalGatewayOptions): Promise<RunningServer> {
  const [api] = options.plan.restApis;
  const [stage] = options.plan.stages;
  if (!api || !stage)
    throw new Error('the template has no REST API with an inline OpenAPI body and a stage');
  const document = api.body as Record<string, unknown>;
  const verify = createSigV4Verifier({
    keys: [LOCAL_CREDENTIALS],
    region: options.region,
    service: 'execute-api',
  });
  const handle = createGatewayPipeline({
    document,
    stageName: stage.stageName,
    accountId: options.accountId,
    apiId: 'local000001',
    verify,
    identityOf: () => ({
      caller: LOCAL_CALLER.user,
      user: LOCAL_CALLER.user,
      userArn: LOCAL_CALLER.userArn,
    }),
    invoke: (uri, event, requestId) => options.invoke(functionArnOf(uri), event, requestId),
    throttling: {
      ...(stage.throttle ? { stage: stage.throttle } : {}),
      methods: stage.methodThrottles,
    },
  });
  const responses = document['x-amazon-apigateway-gateway-responses'] as
    | GatewayResponses
    | undefined;
  return startGatewayServer({
    host: options.host,
    port: options.port,
    stageName: stage.stageName,
    handle,
    tooLarge: (requestId) => {
      const rendered = renderGatewayResponse(responses, 'REQUEST_TOO_LARGE', {
        requestId,
        message: 'Request Too Long',
      });
      return {
        statusCode: rendered.statusCode,
        headers: Object.fromEntries(
          Object.entries({ ...rendered.headers, 'x-amzn-RequestId': requestId }).map(([k, v]) => [
            k,
            [v],
          ]),
        ),
        body: Buffer.from(rendered.body),
      };
    },
    log: options.log,
  });
}

/** `arn:aws:apigateway:<region>:lambda:path/2015-03-31/functions/<function arn>/invocations`. */
export function functionArnOf(integrationUri: string): string {
  const match = /:lambda:path\/2015-03-31\/functions\/(.+)\/invocations$/.exec(integrationUri);
  if (!match?.[1]) throw new Error(`not a Lambda proxy integration URI: ${integrationUri}`);
  return match[1];
}
