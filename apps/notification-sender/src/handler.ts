import type {
  APIGatewayProxyEvent,
  APIGatewayProxyResult,
  Context,
  SQSBatchResponse,
  SQSEvent,
} from 'aws-lambda';
import type { RequestNotificationDeps } from './domain/request-notification';
import type { SendNotificationDeps } from './domain/send-notification';
import { handleNotificationBatch } from './inbound/notification-batch';
import { handleNotifyRequest } from './inbound/notify-route';
import type { AppLogger, AppMetrics } from './ports/observability';

export interface HandlerDeps extends SendNotificationDeps, RequestNotificationDeps {
  readonly logger: AppLogger;
  readonly metrics: AppMetrics;
}

/** One function, two triggers: the SQS queue and `POST /transactions/{id}/notify`. */
export interface SenderHandler {
  (event: SQSEvent, context?: Context): Promise<SQSBatchResponse>;
  (event: APIGatewayProxyEvent, context?: Context): Promise<APIGatewayProxyResult>;
  (
    event: SQSEvent | APIGatewayProxyEvent,
    context?: Context,
  ): Promise<SQSBatchResponse | APIGatewayProxyResult>;
}

export class UnsupportedEventError extends Error {
  override readonly name = 'UnsupportedEventError';
}

export function createHandler(deps: HandlerDeps): SenderHandler {
  const { logger, metrics } = deps;
  const handler = async (
    event: SQSEvent | APIGatewayProxyEvent,
    context?: Context,
  ): Promise<SQSBatchResponse | APIGatewayProxyResult> => {
    if (context) logger.addContext(context);
    try {
      if (isSqsEvent(event)) return await handleNotificationBatch(event, deps);
      if (isApiGatewayEvent(event)) return await handleNotifyRequest(event, deps);
      logger.error('Unsupported event', { keys: Object.keys(event ?? {}).slice(0, 20) });
      throw new UnsupportedEventError('Neither an SQS batch nor an API Gateway proxy request');
    } finally {
      metrics.publishStoredMetrics();
      logger.resetKeys();
    }
  };
  return handler as SenderHandler;
}

function isSqsEvent(event: unknown): event is SQSEvent {
  const records = (event as Partial<SQSEvent> | null)?.Records;
  return Array.isArray(records) && records[0]?.eventSource === 'aws:sqs';
}

function isApiGatewayEvent(event: unknown): event is APIGatewayProxyEvent {
  const candidate = event as Partial<APIGatewayProxyEvent> | null;
  return typeof candidate?.httpMethod === 'string' && typeof candidate.requestContext === 'object';
}
