import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import {
  createDynamoDbDocumentClient,
  createSnsClient,
  createSqsClient,
  SampledTracer,
  type AwsClientOptions,
} from '@payments/aws-clients';
import type { APIGatewayProxyEvent, Context, SQSEvent } from 'aws-lambda';
import { DynamoDbNotificationStore } from './adapters/dynamodb-notification-store';
import { SnsEmailPublisher } from './adapters/sns-email-publisher';
import { SnsRecipientSubscriptions } from './adapters/sns-recipient-subscriptions';
import { SqsJobQueue } from './adapters/sqs-job-queue';
import { systemClock, systemTimer } from './adapters/system-clock';
import { currentTraceHeader, loadConfig } from './config';
import { TokenBucket } from './domain/token-bucket';
import { createHandler } from './handler';

// Composition root, run once per container at init: config -> clients -> adapters -> handler.
// The rate limiter and the subscription cache live here, so they span the container's life.
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

const clientOptions: AwsClientOptions = {
  region: config.region,
  ...(config.endpoint ? { endpoint: config.endpoint } : {}),
};
const dynamoDb = tracer.captureAWSv3Client(createDynamoDbDocumentClient(clientOptions));
const sqs = tracer.captureAWSv3Client(createSqsClient(clientOptions));
const sns = tracer.captureAWSv3Client(createSnsClient(clientOptions));

const sendOrQueue = createHandler({
  store: new DynamoDbNotificationStore(dynamoDb, config.tableName),
  queue: new SqsJobQueue(sqs, config.queueUrl, () => currentTraceHeader()),
  subscriptions: new SnsRecipientSubscriptions(sns, config.topicArn),
  publisher: new SnsEmailPublisher(sns, config.topicArn),
  rateLimiter: new TokenBucket({ ratePerSecond: config.emailsPerSecond, timer: systemTimer }),
  clock: systemClock,
  logger,
  metrics,
});

/** Lambda entry point (`main.handler`): one X-Ray subsegment around each sampled invocation. */
export const handler = async (event: SQSEvent | APIGatewayProxyEvent, context: Context) => {
  metrics.captureColdStartMetric();
  return tracer.traceInvocation(() => sendOrQueue(event, context));
};
