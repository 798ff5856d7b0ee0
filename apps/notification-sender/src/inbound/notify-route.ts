import {
  errorReply,
  notifyRequestValidator,
  parseJsonBody,
  transactionPathParametersValidator,
} from '@payments/contracts/lambda';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { TransactionNotFoundError } from '../domain/errors';
import { requestNotification, type RequestNotificationDeps } from '../domain/request-notification';
import type { AppLogger, AppMetrics } from '../ports/observability';
import { dependencyFailureReply } from './dependency-failure';
import { errorResponse, jsonResponse } from './responses';

/** Largest accepted notify body: a 64-character request id and a 200-character reason fit easily. */
export const MAX_NOTIFY_BODY_BYTES = 4 * 1024;

export const NOTIFY_RESOURCE = '/transactions/{id}/notify';

export interface NotifyRouteDeps extends RequestNotificationDeps {
  readonly logger: AppLogger;
  readonly metrics: AppMetrics;
}

/**
 * `POST /transactions/{id}/notify`: 202 once the manual job is queued (never sends inline),
 * 400/413/415 for bad input, 404 for an unknown transaction, 5xx when a dependency fails.
 */
export async function handleNotifyRequest(
  event: APIGatewayProxyEvent,
  deps: NotifyRouteDeps,
): Promise<APIGatewayProxyResult> {
  const { logger, metrics } = deps;
  const requestId = event.requestContext?.requestId ?? 'unknown';
  logger.appendKeys({ request_id: requestId });
  if (event.httpMethod !== 'POST' || event.resource !== NOTIFY_RESOURCE) {
    return errorResponse(errorReply('NOT_FOUND', 'No such route.'), requestId);
  }

  const params = await transactionPathParametersValidator.validate(event.pathParameters ?? {});
  if (!params.ok) {
    return rejected(deps, requestId, 'The transaction id in the path is invalid.', params.errors);
  }
  const transactionId = params.value.id;
  logger.appendKeys({ transaction_id: transactionId });

  const body = parseJsonBody(
    {
      body: event.body,
      isBase64Encoded: event.isBase64Encoded,
      contentType: header(event, 'content-type'),
    },
    MAX_NOTIFY_BODY_BYTES,
  );
  if (!body.ok) {
    metrics.addMetric('ValidationFailures', 'Count', 1);
    logger.info('Rejected notify body', { code: body.reply.body.code });
    return errorResponse(body.reply, requestId);
  }
  const request = await notifyRequestValidator.validate(body.value);
  if (!request.ok) {
    return rejected(deps, requestId, 'The request body is invalid.', request.errors);
  }

  try {
    const result = await requestNotification(
      {
        transactionId,
        requestId: request.value.request_id,
        ...(request.value.reason ? { reason: request.value.reason } : {}),
      },
      deps,
    );
    metrics.addMetric(
      result.queued ? 'ManualNotificationsQueued' : 'ManualNotificationsDuplicate',
      'Count',
      1,
    );
    logger.info('Manual notification accepted', {
      notification_id: result.ack.notification_id,
      queued: result.queued,
    });
    return jsonResponse(202, result.ack);
  } catch (error) {
    if (error instanceof TransactionNotFoundError) {
      logger.info('Transaction not found');
      return errorResponse(
        errorReply('NOT_FOUND', `No transaction with id ${transactionId}.`),
        requestId,
      );
    }
    logger.error('Queueing the manual notification failed', { error });
    return errorResponse(dependencyFailureReply(error, requestId), requestId);
  }
}

function rejected(
  { logger, metrics }: NotifyRouteDeps,
  requestId: string,
  message: string,
  errors: { path: string; message: string }[],
): APIGatewayProxyResult {
  metrics.addMetric('ValidationFailures', 'Count', 1);
  logger.info(message, { errors });
  return errorResponse(errorReply('VALIDATION_FAILED', message, { errors }), requestId);
}

function header(event: APIGatewayProxyEvent, name: string): string | undefined {
  const entry = Object.entries(event.headers ?? {}).find(([key]) => key.toLowerCase() === name);
  return entry?.[1] ?? undefined;
}
