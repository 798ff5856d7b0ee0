import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { createDynamoDbDocumentClient, SampledTracer } from '@payments/aws-clients';
import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import { DynamoDbTransactionItemRepository } from './adapters/dynamodb-transaction-item-repository';
import { loadConfig } from './config';
import { createHandler } from './handler';

// Composition root, run once per container at init: config -> clients -> adapters -> handler.
const config = loadConfig();
const logger = new Logger({ serviceName: config.serviceName, logLevel: config.logLevel });
const metrics = new Metrics({
  serviceName: config.serviceName,
  namespace: config.metricsNamespace,
});
// X-Ray SDK loaded on the first sampled invocation only (see SampledTracer).
const tracer = new SampledTracer({
  serviceName: config.serviceName,
  onLoadError: (error) => logger.warn('X-Ray tracer unavailable, running untraced', { error }),
});

const dynamoDb = tracer.captureAWSv3Client(
  createDynamoDbDocumentClient({
    region: config.region,
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
  }),
);

const readTransaction = createHandler({
  repository: new DynamoDbTransactionItemRepository(dynamoDb, config.tableName),
  logger,
  metrics,
});

/** Lambda entry point (`main.handler`): one X-Ray subsegment around each sampled invocation. */
export const handler = async (event: APIGatewayProxyEvent, context: Context) => {
  metrics.captureColdStartMetric();
  return tracer.traceInvocation(() => readTransaction(event, context));
};
