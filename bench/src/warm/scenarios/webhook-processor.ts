import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDbTransactionEventRepository } from '../../../../apps/webhook-processor/src/adapters/dynamodb-transaction-event-repository';
import { SqsNotificationJobQueue } from '../../../../apps/webhook-processor/src/adapters/sqs-notification-job-queue';
import { systemClock } from '../../../../apps/webhook-processor/src/adapters/system-clock';
import { processWebhook } from '../../../../apps/webhook-processor/src/domain/process-webhook';
import { createHandler } from '../../../../apps/webhook-processor/src/handler';
import { webhookRequest } from '../../../../apps/webhook-processor/src/test-support/api-gateway-event';
import { InMemoryNotificationJobQueue } from '../../../../apps/webhook-processor/src/test-support/in-memory-notification-job-queue';
import { InMemoryTransactionEventRepository } from '../../../../apps/webhook-processor/src/test-support/in-memory-transaction-event-repository';
import { aWebhookEvent } from '../../../../apps/webhook-processor/src/test-support/webhook-event-fixture';
import { cannedAwsHttpHandler } from '../canned-aws-http';
import { at, expect, type Scenario, type Telemetry } from '../scenario';
import { telemetryFor } from '../telemetry';

type Ports = 'in-memory' | 'sdk';

/** The real adapters over real SDK clients whose HTTP layer answers locally. */
function sdkPorts() {
  const client = {
    region: 'us-east-2',
    endpoint: 'http://aws.bench.invalid',
    credentials: { accessKeyId: 'AKIDBENCH', secretAccessKey: 'bench' },
    requestHandler: cannedAwsHttpHandler,
  };
  // The options of @payments/aws-clients' createDynamoDbDocumentClient, plus the handler.
  const dynamoDb = DynamoDBDocumentClient.from(new DynamoDBClient(client), {
    marshallOptions: { removeUndefinedValues: true },
  });
  const queueUrl = 'http://aws.bench.invalid/123456789012/notifications';
  return {
    repository: new DynamoDbTransactionEventRepository(dynamoDb, 'payment_transactions'),
    queue: new SqsNotificationJobQueue(new SQSClient(client), queueUrl),
  };
}

function handlerWith(telemetry: Telemetry, ports: Ports = 'in-memory') {
  const deps = {
    ...(ports === 'sdk'
      ? sdkPorts()
      : {
          repository: new InMemoryTransactionEventRepository(),
          queue: new InMemoryNotificationJobQueue(),
        }),
    clock: systemClock,
  };
  const { logger, metrics } = telemetryFor(telemetry, 'webhook-processor');
  return createHandler({
    processWebhook: (event) => processWebhook(deps, event),
    logger: logger as never,
    metrics: metrics as never,
  });
}

/** Requests built before timing: the raw body is what API Gateway hands the function. */
function requests(count: number, unique: boolean) {
  return Array.from({ length: count }, (_, i) => {
    const n = unique ? i : 0;
    return webhookRequest({
      body: aWebhookEvent({
        event_id: `evt_bench${String(n).padStart(12, '0')}`,
        transaction_id: `txn_bench${String(n).padStart(12, '0')}`,
      }),
      requestId: `req-${i}`,
    });
  });
}

export const webhookProcessorScenarios: Scenario[] = [
  {
    id: 'webhook-processor/accept',
    functionName: 'webhook-processor',
    label: 'POST /webhooks/payment, new event (parse, validate, store, enqueue, 202)',
    eventsPerRun: 1,
    async prepare(iterations, telemetry) {
      const handler = handlerWith(telemetry);
      const events = requests(iterations, true);
      return async (i) => {
        const response = await handler(at(events, i));
        expect(response.statusCode === 202, `status ${response.statusCode} ${response.body}`);
      };
    },
  },
  {
    id: 'webhook-processor/accept-sdk',
    functionName: 'webhook-processor',
    label:
      'POST /webhooks/payment, new event, real adapters and SDK clients over a canned HTTP layer (+ marshalling, serialisation, SigV4, parsing)',
    eventsPerRun: 1,
    async prepare(iterations, telemetry) {
      const handler = handlerWith(telemetry, 'sdk');
      const events = requests(iterations, true);
      return async (i) => {
        const response = await handler(at(events, i));
        expect(response.statusCode === 202, `status ${response.statusCode} ${response.body}`);
      };
    },
  },
  {
    id: 'webhook-processor/duplicate',
    functionName: 'webhook-processor',
    label: 'POST /webhooks/payment, redelivery (conditional put rejected, 200)',
    eventsPerRun: 1,
    async prepare(iterations, telemetry) {
      const handler = handlerWith(telemetry);
      const events = requests(iterations + 1, false);
      await handler(at(events, iterations));
      return async (i) => {
        const response = await handler(at(events, i));
        expect(response.statusCode === 200, `status ${response.statusCode} ${response.body}`);
      };
    },
  },
];
