import type { Logger } from '@aws-lambda-powertools/logger';
import { MetricUnit, type Metrics } from '@aws-lambda-powertools/metrics';
import type { Tracer } from '@aws-lambda-powertools/tracer';
import {
  MAX_WEBHOOK_BODY_BYTES,
  errorReply,
  parseJsonBody,
  webhookEventValidator,
  type ErrorReply,
  type WebhookAck,
  type WebhookEvent,
} from '@payments/contracts/lambda';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { DependencyUnavailableError } from './domain/errors/dependency-unavailable-error';
import { EventIdConflictError } from './domain/errors/event-id-conflict-error';
import { InvalidEventError } from './domain/errors/invalid-event-error';
import type { WebhookOutcome } from './domain/webhook-outcome';
import { headerValue } from './http/header-value';
import { errorResponse, jsonResponse } from './http/json-response';
import { WEBHOOK_METRICS, type WebhookMetric } from './observability/webhook-metrics';

export interface WebhookHandlerDeps {
  readonly processWebhook: (event: WebhookEvent) => Promise<WebhookOutcome>;
  readonly logger: Pick<Logger, 'info' | 'warn' | 'error' | 'appendKeys'>;
  readonly metrics: Pick<Metrics, 'addMetric'>;
  readonly tracer?: Pick<Tracer, 'putAnnotation'>;
}

export type WebhookHandler = (event: APIGatewayProxyEvent) => Promise<APIGatewayProxyResult>;

/**
 * `POST /webhooks/payment` (API Gateway REST proxy integration). Never throws: every outcome,
 * including an unexpected error, is an HTTP answer in the contracts' error shape, and nothing
 * is acknowledged with 2xx before the event is stored and its notification job enqueued.
 */
export function createHandler(deps: WebhookHandlerDeps): WebhookHandler {
  return async (event) => {
    const requestId = event?.requestContext?.requestId;
    try {
      deps.logger.appendKeys({ api_request_id: requestId });
      return await accept(deps, event, requestId);
    } catch (error) {
      return replyToFailure(deps, error, requestId);
    }
  };
}

async function accept(
  deps: WebhookHandlerDeps,
  event: APIGatewayProxyEvent,
  requestId: string | undefined,
): Promise<APIGatewayProxyResult> {
  const body = parseJsonBody(
    {
      body: event.body,
      isBase64Encoded: event.isBase64Encoded,
      contentType: headerValue(event.headers, 'content-type'),
    },
    MAX_WEBHOOK_BODY_BYTES,
  );
  if (!body.ok) return rejectInput(deps, body.reply, requestId);

  const validated = await webhookEventValidator.validate(body.value);
  if (!validated.ok) {
    const reply = errorReply(
      'VALIDATION_FAILED',
      `The webhook event is invalid: ${validated.errors.length} problem(s), each listed in errors.`,
      { errors: validated.errors },
    );
    return rejectInput(deps, reply, requestId);
  }

  const { transaction_id, event_id } = validated.value;
  deps.logger.appendKeys({ transaction_id, event_id });
  deps.tracer?.putAnnotation('transaction_id', transaction_id);

  const outcome = await deps.processWebhook(validated.value);
  count(deps, outcome.status === 'accepted' ? WEBHOOK_METRICS.accepted : WEBHOOK_METRICS.duplicate);
  deps.logger.info(`Webhook event ${outcome.status}`, { enqueued: outcome.enqueued });
  const ack: WebhookAck = { status: outcome.status, event_id, transaction_id };
  return jsonResponse(outcome.status === 'accepted' ? 202 : 200, ack);
}

function rejectInput(
  deps: WebhookHandlerDeps,
  reply: ErrorReply,
  requestId: string | undefined,
): APIGatewayProxyResult {
  count(deps, WEBHOOK_METRICS.validationFailure);
  deps.logger.warn('Webhook rejected', {
    status: reply.statusCode,
    code: reply.body.code,
    errors: reply.body.errors,
  });
  return errorResponse(reply, requestId);
}

/** The one place that maps failures to HTTP. Only 5xx invite the sender to retry. */
function replyToFailure(
  deps: WebhookHandlerDeps,
  error: unknown,
  requestId: string | undefined,
): APIGatewayProxyResult {
  if (error instanceof InvalidEventError) {
    const reply = errorReply('VALIDATION_FAILED', 'The webhook event is invalid.', {
      errors: error.errors,
    });
    return rejectInput(deps, reply, requestId);
  }
  if (error instanceof EventIdConflictError) {
    count(deps, WEBHOOK_METRICS.conflict);
    deps.logger.warn('Webhook event id reused with a different payload', { error });
    return errorResponse(errorReply('EVENT_ID_CONFLICT', error.message), requestId);
  }
  count(deps, WEBHOOK_METRICS.processingFailure);
  if (error instanceof DependencyUnavailableError) {
    deps.logger.error('Webhook not acknowledged: a dependency failed', { error });
    const reply = errorReply(
      'SERVICE_UNAVAILABLE',
      'The event could not be stored and queued right now and was not acknowledged. ' +
        'Retry the same delivery; it will be processed exactly once.',
    );
    return errorResponse(reply, requestId);
  }
  deps.logger.error('Webhook not acknowledged: unexpected error', { error });
  const reply = errorReply(
    'INTERNAL_ERROR',
    'An unexpected error occurred and the event was not acknowledged. Retry the same delivery.',
  );
  return errorResponse(reply, requestId);
}

function count(deps: WebhookHandlerDeps, metric: WebhookMetric): void {
  deps.metrics.addMetric(metric, MetricUnit.Count, 1);
}
