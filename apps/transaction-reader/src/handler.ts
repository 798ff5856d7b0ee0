import {
  errorReply,
  transactionPathParametersValidator,
  type TransactionView,
} from '@payments/contracts/lambda';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { getTransaction } from './domain/get-transaction';
import { TransactionNotFoundError } from './domain/transaction-not-found-error';
import { dependencyFailureReply } from './http/dependency-failure';
import { errorResponse, jsonResponse } from './http/responses';
import type { AppLogger, AppMetrics } from './ports/observability';
import type { TransactionItemRepository } from './ports/transaction-item-repository';

export interface HandlerDeps {
  readonly repository: TransactionItemRepository;
  readonly logger: AppLogger;
  readonly metrics: AppMetrics;
}

export type ReaderHandler = (
  event: APIGatewayProxyEvent,
  context?: Context,
) => Promise<APIGatewayProxyResult>;

/** `GET /transactions/{id}`: validate the id, read the transaction, answer 200/400/404/5xx. */
export function createHandler(deps: HandlerDeps): ReaderHandler {
  const { logger, metrics } = deps;
  return async (event, context) => {
    const requestId = event.requestContext?.requestId ?? 'unknown';
    if (context) logger.addContext(context);
    logger.appendKeys({ request_id: requestId });
    try {
      const params = await transactionPathParametersValidator.validate(event.pathParameters ?? {});
      if (!params.ok) {
        metrics.addMetric('ValidationFailures', 'Count', 1);
        logger.info('Rejected transaction id', { errors: params.errors });
        return errorResponse(
          errorReply('VALIDATION_FAILED', 'The transaction id in the path is invalid.', {
            errors: params.errors,
            requestId,
          }),
        );
      }
      const transactionId = params.value.id;
      logger.appendKeys({ transaction_id: transactionId });
      return await read(transactionId, requestId, deps);
    } finally {
      metrics.publishStoredMetrics();
      logger.resetKeys();
    }
  };
}

async function read(
  transactionId: string,
  requestId: string,
  { repository, logger, metrics }: HandlerDeps,
): Promise<APIGatewayProxyResult> {
  let view: TransactionView;
  try {
    view = await getTransaction(transactionId, { repository });
  } catch (error) {
    if (error instanceof TransactionNotFoundError) {
      metrics.addMetric('TransactionsNotFound', 'Count', 1);
      logger.info('Transaction not found');
      return errorResponse(
        errorReply('NOT_FOUND', `No transaction with id ${transactionId}.`, { requestId }),
      );
    }
    logger.error('Reading the transaction failed', { error });
    return errorResponse(dependencyFailureReply(error, requestId));
  }
  metrics.addMetric('TransactionsRead', 'Count', 1);
  logger.info('Transaction read', { events: view.events.length, status: view.status });
  return jsonResponse(200, view);
}
