import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import {
  createDynamoDbDocumentClient,
  createSqsClient,
  SampledTracer,
} from '@payments/aws-clients';
import { DynamoDbTransactionEventRepository } from './adapters/dynamodb-transaction-event-repository';
import { SqsNotificationJobQueue } from './adapters/sqs-notification-job-queue';
import { systemClock } from './adapters/system-clock';
import { currentTraceHeader, loadConfig } from './config';
import { processWebhook } from './domain/process-webhook';
import { createHandler } from './handler';
import { instrumentHandler } from './observability/instrumented-handler';

// Composition root. Everything here runs once per execution environment (Lambda init) and is
// reused by every invocation; it only constructs objects, no network calls, to keep cold start short.
const config = loadConfig();
const logger = new Logger({ serviceName: config.serviceName });
// X-Ray SDK loaded on the first sampled invocation only (see SampledTracer).
const tracer = new SampledTracer({
  serviceName: config.serviceName,
  onLoadError: (error) => logger.warn('X-Ray tracer unavailable, running untraced', { error }),
});
const metrics = new Metrics({
  serviceName: config.serviceName,
  namespace: config.metricsNamespace,
});

const clientOptions = {
  region: config.region,
  ...(config.endpoint ? { endpoint: config.endpoint } : {}),
};
// One X-Ray subsegment per AWS call.
const dynamoDb = tracer.captureAWSv3Client(createDynamoDbDocumentClient(clientOptions));
const sqs = tracer.captureAWSv3Client(createSqsClient(clientOptions));

const useCaseDeps = {
  repository: new DynamoDbTransactionEventRepository(dynamoDb, config.tableName),
  queue: new SqsNotificationJobQueue(sqs, config.queueUrl, () => currentTraceHeader()),
  clock: systemClock,
};

export const handler = instrumentHandler(
  createHandler({
    processWebhook: (event) => processWebhook(useCaseDeps, event),
    logger,
    metrics,
    tracer,
  }),
  { logger, metrics, tracer },
);
