import path from 'node:path';
import { loadTemplate } from './cfn-template';
import { planKmsKeys, planLocalStack } from './local-stack-plan';

const template = loadTemplate(path.join(__dirname, '__fixtures__/stack.template.json'));
const context = {
  stackName: 'PaymentWebhooksStack',
  region: 'us-east-2',
  accountId: '123456789012',
  awsEndpoint: 'http://127.0.0.1:4566',
  kmsKeyIds: { DataKey1A2B3C4D: 'key-1' },
};
const keyArn = 'arn:aws:kms:us-east-2:123456789012:key/key-1';

describe('planKmsKeys', () => {
  it('takes each key with its policy, rotation and aliases from the template', () => {
    const keys = planKmsKeys(template, context);

    expect(keys).toEqual([
      {
        logicalId: 'DataKey1A2B3C4D',
        description: 'Payment webhooks data key',
        enableKeyRotation: true,
        aliases: ['alias/payment-webhooks'],
        keyPolicy: expect.objectContaining({
          Statement: [
            expect.objectContaining({ Principal: { AWS: 'arn:aws:iam::123456789012:root' } }),
          ],
        }),
      },
    ]);
  });
});

describe('planLocalStack', () => {
  const plan = planLocalStack(template, context);

  it('creates the table with its keys, billing, KMS encryption, TTL and PITR', () => {
    expect(plan.tables).toEqual([
      {
        logicalId: 'TransactionsTable0A1B',
        name: 'payment_transactions',
        createTable: expect.objectContaining({
          TableName: 'payment_transactions',
          BillingMode: 'PAY_PER_REQUEST',
          KeySchema: [
            { AttributeName: 'transaction_id', KeyType: 'HASH' },
            { AttributeName: 'timestamp', KeyType: 'RANGE' },
          ],
          SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: keyArn },
        }),
        timeToLive: { AttributeName: 'expires_at', Enabled: true },
        pointInTimeRecovery: true,
      },
    ]);
  });

  it('creates the dead-letter queue before the queue whose redrive policy names it', () => {
    expect(plan.queues.map((q) => q.logicalId)).toEqual([
      'NotificationDlqABCD',
      'NotificationQueue1234',
    ]);
    const queue = plan.queues[1];
    expect(queue).toMatchObject({
      name: 'PaymentWebhooksStack-NotificationQueue1234',
      url: 'http://127.0.0.1:4566/123456789012/PaymentWebhooksStack-NotificationQueue1234',
      redrive: {
        deadLetterTargetArn:
          'arn:aws:sqs:us-east-2:123456789012:PaymentWebhooksStack-NotificationDlqABCD',
        maxReceiveCount: 5,
      },
      attributes: {
        VisibilityTimeout: '300',
        MessageRetentionPeriod: '1209600',
        KmsMasterKeyId: keyArn,
        RedrivePolicy: JSON.stringify({
          deadLetterTargetArn:
            'arn:aws:sqs:us-east-2:123456789012:PaymentWebhooksStack-NotificationDlqABCD',
          maxReceiveCount: 5,
        }),
      },
    });
  });

  it('creates topics with their KMS key and the operations email subscription', () => {
    expect(plan.topics).toEqual([
      expect.objectContaining({
        name: 'PaymentWebhooksStack-NotificationTopicFFFF',
        attributes: { DisplayName: 'Payment notifications', KmsMasterKeyId: keyArn },
      }),
      expect.objectContaining({
        arn: 'arn:aws:sns:us-east-2:123456789012:payment-webhooks-operations',
      }),
    ]);
    expect(plan.subscriptions).toEqual([
      {
        logicalId: 'OperationsEmailSubscription',
        topicArn: 'arn:aws:sns:us-east-2:123456789012:payment-webhooks-operations',
        protocol: 'email',
        // No Default: a placeholder address, where the local outbox collects its mail.
        endpoint: 'operations-email@example.com',
        attributes: {},
      },
    ]);
  });

  it('resolves each function’s environment to the local resources', () => {
    const [sender] = plan.functions;

    expect(sender).toMatchObject({
      name: 'PaymentWebhooksStack-NotificationSenderFn9999',
      handler: 'main.handler',
      runtime: 'nodejs24.x',
      timeoutSeconds: 30,
      memorySizeMb: 256,
      reservedConcurrency: 5,
      assetPath: 'asset.abc',
      environment: {
        TABLE_NAME: 'payment_transactions',
        QUEUE_URL: 'http://127.0.0.1:4566/123456789012/PaymentWebhooksStack-NotificationQueue1234',
        TOPIC_ARN: 'arn:aws:sns:us-east-2:123456789012:PaymentWebhooksStack-NotificationTopicFFFF',
        EMAILS_PER_SECOND: '4',
        POWERTOOLS_SERVICE_NAME: 'notification-sender',
        POWERTOOLS_METRICS_NAMESPACE: 'PaymentWebhooks',
        POWERTOOLS_LOG_LEVEL: 'INFO',
        DLQ_NAME: 'PaymentWebhooksStack-NotificationDlqABCD-in-us-east-2',
      },
    });
  });

  it('reads the queue event source mapping settings', () => {
    expect(plan.queueEventSources).toEqual([
      {
        logicalId: 'NotificationSenderQueueSource',
        functionName: 'PaymentWebhooksStack-NotificationSenderFn9999',
        queueArn: 'arn:aws:sqs:us-east-2:123456789012:PaymentWebhooksStack-NotificationQueue1234',
        batchSize: 10,
        maximumBatchingWindowSeconds: 0,
        reportBatchItemFailures: true,
        maximumConcurrency: 2,
        enabled: true,
      },
    ]);
  });

  it('reads the stage name, its stage-wide and its per-method throttling', () => {
    expect(plan.stages).toEqual([
      {
        logicalId: 'ApiStage',
        stageName: 'v1',
        throttle: { rateLimit: 100, burstLimit: 200 },
        methodThrottles: { 'POST /transactions/{id}/notify': { rateLimit: 1, burstLimit: 1 } },
      },
    ]);
  });

  it('resolves the imported OpenAPI body so each integration names its function', () => {
    const [api] = plan.restApis;

    expect(api?.body).toMatchObject({
      paths: {
        '/transactions/{id}/notify': {
          post: {
            'x-amazon-apigateway-integration': {
              uri: 'arn:aws:apigateway:us-east-2:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-2:123456789012:function:PaymentWebhooksStack-NotificationSenderFn9999/invocations',
            },
          },
        },
      },
    });
  });
});
