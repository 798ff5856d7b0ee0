import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { createDynamoDbDocumentClient } from '@payments/aws-clients';
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
const tracer = new Tracer({ serviceName: config.serviceName });

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

/** Lambda entry point (`main.handler`): one X-Ray subsegment around each invocation. */
export const handler = async (event: APIGatewayProxyEvent, context: Context) => {
  const segment = tracer.getSegment();
  const subsegment = segment?.addNewSubsegment('## handler');
  if (subsegment) tracer.setSegment(subsegment);
  tracer.annotateColdStart();
  tracer.addServiceNameAnnotation();
  metrics.captureColdStartMetric();
  try {
    return await readTransaction(event, context);
  } catch (error) {
    tracer.addErrorAsMetadata(error as Error);
    throw error;
  } finally {
    subsegment?.close();
    if (segment) tracer.setSegment(segment);
  }
};
