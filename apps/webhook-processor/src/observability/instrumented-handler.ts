import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import type { SampledTracer } from '@payments/aws-clients';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import type { WebhookHandler } from '../handler';

export interface Instrumentation {
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly tracer: Pick<SampledTracer, 'traceInvocation'>;
}

export type LambdaHandler = (
  event: APIGatewayProxyEvent,
  context: Context,
) => Promise<APIGatewayProxyResult>;

/**
 * Per-invocation lifecycle of the Powertools utilities (what their middy middlewares do, without
 * the extra dependency): fresh log keys with the Lambda context, a `## handler` subsegment with
 * the cold-start and service annotations when the invocation is sampled, and the invocation's EMF
 * metrics flushed at the end.
 */
export function instrumentHandler(handler: WebhookHandler, tools: Instrumentation): LambdaHandler {
  const { logger, metrics, tracer } = tools;
  return async (event, context) => {
    logger.resetKeys();
    logger.addContext(context);
    try {
      return await tracer.traceInvocation(() => handler(event));
    } finally {
      if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
    }
  };
}
