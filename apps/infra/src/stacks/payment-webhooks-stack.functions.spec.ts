import { join } from 'node:path';
import { FileSystem } from 'aws-cdk-lib';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { MAX_EMAILS_PER_SECOND } from '@payments/contracts';
import {
  type CfnJson,
  logicalIdOf,
  referencedId,
  resourcesOf,
  synthesize,
} from '../__fixtures__/synthesize';

const BUNDLES = join(__dirname, '../../../../dist/apps');
const FUNCTIONS = {
  WebhookProcessor: 'webhook-processor',
  TransactionReader: 'transaction-reader',
  NotificationSender: 'notification-sender',
} as const;
type FunctionName = keyof typeof FUNCTIONS;

describe('PaymentWebhooksStack Lambda functions (issue 4)', () => {
  let template: Template;
  let keyArn: CfnJson;
  const fn = (name: FunctionName) =>
    resourcesOf(template, 'AWS::Lambda::Function')[
      logicalIdOf(template, 'AWS::Lambda::Function', `${name}Function`)
    ];
  const policyOf = (name: FunctionName): CfnJson[] => {
    const roleId = logicalIdOf(template, 'AWS::IAM::Role', `${name}Role`);
    return Object.values(resourcesOf(template, 'AWS::IAM::Policy'))
      .filter((policy) =>
        policy.Properties.Roles.some((role: unknown) => referencedId(role) === roleId),
      )
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement);
  };
  const actionsOn = (name: FunctionName, resource: CfnJson): string[] =>
    policyOf(name)
      .filter((statement) => JSON.stringify(statement.Resource) === JSON.stringify(resource))
      .flatMap((statement) => [statement.Action].flat())
      .sort();

  beforeAll(() => {
    template = synthesize().template;
    keyArn = { 'Fn::GetAtt': [logicalIdOf(template, 'AWS::KMS::Key', 'EncryptionKey'), 'Arn'] };
  });

  it('runs the three functions on nodejs24.x, arm64, 512 MB, handler main.handler', () => {
    template.resourceCountIs('AWS::Lambda::Function', 3);
    for (const name of Object.keys(FUNCTIONS) as FunctionName[]) {
      expect(fn(name).Properties).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        MemorySize: 512,
        Handler: 'main.handler',
      });
    }
  });

  it('deploys each function from its bundle in dist/apps/<app>', () => {
    for (const [name, app] of Object.entries(FUNCTIONS) as [FunctionName, string][]) {
      const sourceHash = FileSystem.fingerprint(join(BUNDLES, app));
      expect(fn(name).Properties.Code.S3Key).toBe(`${sourceHash}.zip`);
    }
  });

  it('traces every function with X-Ray (active)', () => {
    for (const name of Object.keys(FUNCTIONS) as FunctionName[]) {
      expect(fn(name).Properties.TracingConfig).toEqual({ Mode: 'Active' });
    }
  });

  it('encrypts every environment with the customer-managed key', () => {
    for (const name of Object.keys(FUNCTIONS) as FunctionName[]) {
      expect(fn(name).Properties.KmsKeyArn).toEqual(keyArn);
    }
  });

  it('reserves concurrency 50 / 20 / 5 by default', () => {
    expect(fn('WebhookProcessor').Properties.ReservedConcurrentExecutions).toBe(50);
    expect(fn('TransactionReader').Properties.ReservedConcurrentExecutions).toBe(20);
    expect(fn('NotificationSender').Properties.ReservedConcurrentExecutions).toBe(10);
  });

  it('writes each function to its own log group with 7-day retention', () => {
    const groups = resourcesOf(template, 'AWS::Logs::LogGroup');
    const targets = (Object.keys(FUNCTIONS) as FunctionName[]).map((name) =>
      referencedId(fn(name).Properties.LoggingConfig?.LogGroup),
    );
    expect(new Set(targets).size).toBe(3);
    for (const target of targets)
      expect(groups[target as string]?.Properties.RetentionInDays).toBe(7);
  });

  it('sets exactly the environment variables each app reads', () => {
    const table = { Ref: logicalIdOf(template, 'AWS::DynamoDB::Table', 'Transactions') };
    const queueUrl = { Ref: logicalIdOf(template, 'AWS::SQS::Queue', 'NotificationsQueue') };
    const common = (service: string) => ({
      TABLE_NAME: table,
      POWERTOOLS_SERVICE_NAME: service,
      POWERTOOLS_METRICS_NAMESPACE: 'PaymentWebhooks',
      POWERTOOLS_LOG_LEVEL: 'INFO',
    });
    expect(fn('WebhookProcessor').Properties.Environment.Variables).toEqual({
      ...common('webhook-processor'),
      QUEUE_URL: queueUrl,
    });
    expect(fn('TransactionReader').Properties.Environment.Variables).toEqual(
      common('transaction-reader'),
    );
    expect(fn('NotificationSender').Properties.Environment.Variables).toEqual({
      ...common('notification-sender'),
      QUEUE_URL: queueUrl,
      TOPIC_ARN: { Ref: logicalIdOf(template, 'AWS::SNS::Topic', 'NotificationTopic') },
      EMAILS_PER_SECOND: '4',
    });
  });

  it('caps the email rate of all queue pollers together below the SNS email limit', () => {
    const perPoller = Number(
      fn('NotificationSender').Properties.Environment.Variables.EMAILS_PER_SECOND,
    );
    const [mapping] = Object.values(resourcesOf(template, 'AWS::Lambda::EventSourceMapping'));
    expect(perPoller * mapping.Properties.ScalingConfig.MaximumConcurrency).toBeLessThanOrEqual(
      MAX_EMAILS_PER_SECOND,
    );
    expect(MAX_EMAILS_PER_SECOND).toBeLessThan(10);
  });

  it("starts every role empty: no managed policies, only this stack's statements", () => {
    for (const name of Object.keys(FUNCTIONS) as FunctionName[]) {
      const role = resourcesOf(template, 'AWS::IAM::Role')[
        logicalIdOf(template, 'AWS::IAM::Role', `${name}Role`)
      ];
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
      expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([
        {
          Action: 'sts:AssumeRole',
          Effect: 'Allow',
          Principal: { Service: 'lambda.amazonaws.com' },
        },
      ]);
    }
  });

  it('grants no wildcard action, and "*" only for actions IAM cannot scope', () => {
    const unscopable = ['xray:PutTelemetryRecords', 'xray:PutTraceSegments'];
    for (const name of Object.keys(FUNCTIONS) as FunctionName[]) {
      const wildcardResourceActions = policyOf(name)
        .filter((statement) => statement.Resource === '*')
        .flatMap((statement) => [statement.Action].flat())
        .sort();
      expect(wildcardResourceActions).toEqual(
        name === 'NotificationSender'
          ? ['sns:GetSubscriptionAttributes', ...unscopable]
          : unscopable,
      );
      for (const statement of policyOf(name)) {
        expect([statement.Action].flat().filter((action: string) => action.includes('*'))).toEqual(
          [],
        );
      }
    }
  });

  it('lets the webhook processor write items and send jobs, nothing more', () => {
    const table = {
      'Fn::GetAtt': [logicalIdOf(template, 'AWS::DynamoDB::Table', 'Transactions'), 'Arn'],
    };
    const queue = {
      'Fn::GetAtt': [logicalIdOf(template, 'AWS::SQS::Queue', 'NotificationsQueue'), 'Arn'],
    };
    expect(actionsOn('WebhookProcessor', table)).toEqual(['dynamodb:GetItem', 'dynamodb:PutItem']);
    expect(
      policyOf('WebhookProcessor').some((s) =>
        JSON.stringify(s.Resource).includes(JSON.stringify(queue)),
      ),
    ).toBe(true);
    expect(
      policyOf('WebhookProcessor')
        .flatMap((s) => [s.Action].flat())
        .filter((a: string) => a.startsWith('sns:')),
    ).toEqual([]);
  });

  it('lets the transaction reader read items only', () => {
    const table = {
      'Fn::GetAtt': [logicalIdOf(template, 'AWS::DynamoDB::Table', 'Transactions'), 'Arn'],
    };
    expect(actionsOn('TransactionReader', table)).toEqual(['dynamodb:Query']);
    const sqsActions = policyOf('TransactionReader')
      .flatMap((s) => [s.Action].flat())
      .filter((a: string) => a.startsWith('sqs:'));
    expect(sqsActions).toEqual(['sqs:SendMessage']); // its own DLQ, for asynchronous invokes
  });

  it('lets the notification sender consume jobs, publish and subscribe on its topic only', () => {
    const topic = { Ref: logicalIdOf(template, 'AWS::SNS::Topic', 'NotificationTopic') };
    const queue = {
      'Fn::GetAtt': [logicalIdOf(template, 'AWS::SQS::Queue', 'NotificationsQueue'), 'Arn'],
    };
    expect(actionsOn('NotificationSender', topic)).toEqual(['sns:Publish', 'sns:Subscribe']);
    expect(actionsOn('NotificationSender', queue)).toEqual(
      expect.arrayContaining([
        'sqs:ChangeMessageVisibility',
        'sqs:DeleteMessage',
        'sqs:ReceiveMessage',
      ]),
    );
  });

  it('lets the notification sender create email subscriptions only, never http or any other protocol', () => {
    // Prepare
    const topic = { Ref: logicalIdOf(template, 'AWS::SNS::Topic', 'NotificationTopic') };

    // Act
    const subscribe = policyOf('NotificationSender').filter((statement) =>
      [statement.Action].flat().includes('sns:Subscribe'),
    );

    // Assess
    expect(subscribe).toEqual([
      {
        Effect: 'Allow',
        Action: 'sns:Subscribe',
        Resource: topic,
        Condition: { StringEquals: { 'sns:Protocol': 'email' } },
      },
    ]);
  });

  it('grants the key by exact actions, on the one key', () => {
    for (const name of Object.keys(FUNCTIONS) as FunctionName[]) {
      const kmsStatements = policyOf(name).filter((s) =>
        [s.Action].flat().some((a: string) => a.startsWith('kms:')),
      );
      for (const statement of kmsStatements) expect(statement.Resource).toEqual(keyArn);
    }
  });

  it('follows reserved concurrency and log level from context', () => {
    const { template: tuned } = synthesize({
      context: {
        webhookProcessorReservedConcurrency: '80',
        transactionReaderReservedConcurrency: 8,
        notificationSenderReservedConcurrency: '7',
        logLevel: 'debug',
      },
    });
    const functions = Object.values(resourcesOf(tuned, 'AWS::Lambda::Function'));
    expect(
      functions.map((f) => f.Properties.ReservedConcurrentExecutions).sort((a, b) => a - b),
    ).toEqual([7, 8, 80]);
    for (const f of functions)
      expect(f.Properties.Environment.Variables.POWERTOOLS_LOG_LEVEL).toBe('DEBUG');
    tuned.hasResourceProperties(
      'AWS::Lambda::Function',
      Match.objectLike({ ReservedConcurrentExecutions: 80 }),
    );
  });

  it('refuses a sender reservation that leaves the notify route under 2 executions beside the pollers', () => {
    expect(() => synthesize({ context: { notificationSenderReservedConcurrency: 3 } })).toThrow(
      /at least 2 concurrent executions/,
    );
  });
});
