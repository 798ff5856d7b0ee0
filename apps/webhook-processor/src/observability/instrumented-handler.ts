import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import type { Tracer } from '@aws-lambda-powertools/tracer';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import type { WebhookHandler } from '../handler';

export interface Instrumentation {
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly tracer: Tracer;
}

export type LambdaHandler = (
  event: APIGatewayProxyEvent,
  context: Context,
) => Promise<APIGatewayProxyResult>;

/**
 * Per-invocation lifecycle of the Powertools utilities (what their middy middlewares do, without
 * the extra dependency): fresh log keys with the Lambda context, a `## handler` subsegment with
 * the cold-start and service annotations, and the invocation's EMF metrics flushed at the end.
 */
export function instrumentHandler(handler: WebhookHandler, tools: Instrumentation): LambdaHandler {
  const { logger, metrics, tracer } = tools;
  return async (event, context) => {
    logger.resetKeys();
    logger.addContext(context);
    const segment = tracer.getSegment();
    const subsegment = segment?.addNewSubsegment('## handler');
    if (subsegment) tracer.setSegment(subsegment);
    tracer.annotateColdStart();
    tracer.addServiceNameAnnotation();
    try {
      return await handler(event);
    } finally {
      subsegment?.close();
      if (segment) tracer.setSegment(segment);
      if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
    }
  };
}
