import { ReceiveMessageCommand, type Message, type SQSClient } from '@aws-sdk/client-sqs';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDynamoDbDocumentClient, createSqsClient } from '@payments/aws-clients';
import { createTransactionsTable, motoClientOptions } from '@payments/moto-harness';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { webhookRequest } from './test-support/api-gateway-event';
import { createNotificationQueue } from './test-support/moto-resources';
import { partitionItems } from './test-support/partition-items';
import { aWebhookEvent } from './test-support/webhook-event-fixture';

type Handler = (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>;

const context = {
  functionName: 'webhook-processor',
  awsRequestId: 'lambda-req-1',
  invokedFunctionArn: 'arn:aws:lambda:us-east-2:123456789012:function:webhook-processor',
} as Context;

/** A fresh module instance, so it reads the environment as it is now. */
function loadHandler(): Handler {
  let loaded: Handler | undefined;
  jest.isolateModules(() => {
    loaded = (require('./main') as { handler: Handler }).handler;
  });
  if (!loaded) throw new Error('main.ts exported no handler');
  return loaded;
}

/** The composition root, wired from its environment exactly as Lambda would load it. */
describe('webhook processor handler (main.ts) against moto', () => {
  const savedEnv = { ...process.env };
  let dynamoDb: DynamoDBDocumentClient;
  let sqs: SQSClient;
  let tableName: string;
  let queueUrl: string;
  let handler: Handler;

  beforeAll(async () => {
    const options = motoClientOptions();
    dynamoDb = createDynamoDbDocumentClient(options);
    sqs = createSqsClient(options);
    tableName = await createTransactionsTable(dynamoDb);
    queueUrl = await createNotificationQueue(sqs);
    Object.assign(process.env, {
      AWS_REGION: options.region,
      AWS_ENDPOINT_URL: options.endpoint,
      AWS_ACCESS_KEY_ID: options.credentials?.accessKeyId,
      AWS_SECRET_ACCESS_KEY: options.credentials?.secretAccessKey,
      TABLE_NAME: tableName,
      QUEUE_URL: queueUrl,
      POWERTOOLS_LOG_LEVEL: 'SILENT',
      POWERTOOLS_METRICS_DISABLED: 'true',
    });
    handler = loadHandler();
  });

  afterAll(() => {
    process.env = savedEnv;
    dynamoDb.destroy();
    sqs.destroy();
  });

  const itemsOf = (transactionId: string) => partitionItems(dynamoDb, tableName, transactionId);

  async function drainQueue(): Promise<Message[]> {
    const messages: Message[] = [];
    for (;;) {
      const { Messages } = await sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: queueUrl,
          MaxNumberOfMessages: 10,
          MessageAttributeNames: ['All'],
          VisibilityTimeout: 300,
        }),
      );
      if (!Messages?.length) return messages;
      messages.push(...Messages);
    }
  }

  it('accepts, stores and enqueues a new event; answers a redelivery as a duplicate', async () => {
    // Prepare
    const event = aWebhookEvent({ transaction_id: 'txn_main_1', event_id: 'evt_main_1' });

    // Act
    const first = await handler(webhookRequest({ body: event }), context);
    const again = await handler(webhookRequest({ body: event }), context);
    const conflict = await handler(
      webhookRequest({ body: { ...event, amount: event.amount + 1 } }),
      context,
    );

    // Assess
    expect(first.statusCode).toBe(202);
    expect(JSON.parse(first.body)).toMatchObject({ status: 'accepted' });
    expect(again.statusCode).toBe(200);
    expect(JSON.parse(again.body)).toMatchObject({ status: 'duplicate' });
    expect(conflict.statusCode).toBe(409);
    const items = await itemsOf('txn_main_1');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ amount: event.amount, event_id: event.event_id });
    const messages = await drainQueue();
    expect(messages.map((m) => m.MessageAttributes?.['transaction_id']?.StringValue)).toEqual([
      'txn_main_1',
      'txn_main_1',
    ]);
  });

  it('leaves one item when 20 identical deliveries arrive at once', async () => {
    // Prepare
    const event = aWebhookEvent({ transaction_id: 'txn_main_burst', event_id: 'evt_main_burst' });

    // Act
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => handler(webhookRequest({ body: event }), context)),
    );

    // Assess
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((status) => status === 202)).toHaveLength(1);
    expect(statuses.filter((status) => status === 200)).toHaveLength(19);
    const items = await itemsOf('txn_main_burst');
    expect(items).toHaveLength(1);
    const jobs = (await drainQueue()).map((m) => JSON.parse(m.Body ?? '{}'));
    expect(new Set(jobs.map((job) => job.item_key))).toEqual(new Set([items[0]?.['timestamp']]));
  });

  it('answers 503 and acknowledges nothing when the table is missing', async () => {
    // Prepare
    const event = aWebhookEvent({ transaction_id: 'txn_main_down', event_id: 'evt_main_down' });
    process.env['TABLE_NAME'] = 'payment_transactions_missing';
    const isolated = loadHandler();
    process.env['TABLE_NAME'] = tableName;

    // Act
    const response = await isolated(webhookRequest({ body: event }), context);

    // Assess
    expect(response.statusCode).toBe(503);
    expect(JSON.parse(response.body)).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(await drainQueue()).toHaveLength(0);
  });
});
