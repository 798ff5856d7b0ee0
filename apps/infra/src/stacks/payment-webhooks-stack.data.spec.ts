import { Match, type Template } from 'aws-cdk-lib/assertions';
import {
  type CfnJson,
  logicalIdOf,
  referencedId,
  resourcesOf,
  synthesize,
} from '../__fixtures__/synthesize';

/** `arn:aws:<service>:us-east-2:<account>:<resource>` as the template writes it. */
const arnOf = (service: string, resource: string) => ({
  'Fn::Join': ['', [`arn:aws:${service}:us-east-2:`, { Ref: 'AWS::AccountId' }, `:${resource}`]],
});

describe('PaymentWebhooksStack data layer (issue 4: KMS, DynamoDB, SQS, SNS)', () => {
  let template: Template;
  let keyId: string;
  const usesKey = () => ({ 'Fn::GetAtt': [keyId, 'Arn'] });

  beforeAll(() => {
    // Prepare / Act: one synthesis for the whole file.
    template = synthesize().template;
    keyId = logicalIdOf(template, 'AWS::KMS::Key', 'EncryptionKey');
  });

  describe('KMS customer-managed key', () => {
    it('is the one key of the stack, with automatic rotation', () => {
      template.resourceCountIs('AWS::KMS::Key', 1);
      template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    });

    it('has an alias', () => {
      template.hasResourceProperties('AWS::KMS::Alias', {
        AliasName: 'alias/payment-webhooks',
        TargetKeyId: usesKey(),
      });
    });

    it('is retained with the stack, since the retained table is unreadable without it', () => {
      template.hasResource('AWS::KMS::Key', {
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
      });
    });

    it('lets CloudWatch Logs use it only for the log groups of this stack', () => {
      template.hasResourceProperties('AWS::KMS::Key', {
        KeyPolicy: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Principal: { Service: 'logs.us-east-2.amazonaws.com' },
              Condition: {
                ArnLike: {
                  'kms:EncryptionContext:aws:logs:arn': [
                    '/PaymentWebhooksStack/lambda/webhook-processor',
                    '/PaymentWebhooksStack/lambda/transaction-reader',
                    '/PaymentWebhooksStack/lambda/notification-sender',
                    '/PaymentWebhooksStack/api/access',
                    'API-Gateway-Execution-Logs_*/v1',
                  ].map((name) => arnOf('logs', `log-group:${name}`)),
                },
              },
            }),
          ]),
        },
      });
    });

    it('lets CloudWatch alarms of this stack publish to the encrypted operations topic', () => {
      template.hasResourceProperties('AWS::KMS::Key', {
        KeyPolicy: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Principal: { Service: 'cloudwatch.amazonaws.com' },
              Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
              Condition: {
                StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
                ArnLike: { 'aws:SourceArn': arnOf('cloudwatch', 'alarm:PaymentWebhooksStack-*') },
              },
            }),
          ]),
        },
      });
    });

    it('lets SNS write undeliverable emails of the two topics of this stack into the encrypted DLQs', () => {
      template.hasResourceProperties('AWS::KMS::Key', {
        KeyPolicy: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Principal: { Service: 'sns.amazonaws.com' },
              Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
              Condition: {
                StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
                ArnEquals: {
                  'aws:SourceArn': [
                    arnOf('sns', 'PaymentWebhooksStack-notifications'),
                    arnOf('sns', 'PaymentWebhooksStack-operations'),
                  ],
                },
              },
            }),
          ]),
        },
      });
    });

    it("scopes every service statement to exactly this stack's topics, alarms and log groups, none account-wide", () => {
      // Prepare: what the key policy's conditions name, as plain strings.
      const [key] = Object.values(resourcesOf(template, 'AWS::KMS::Key'));
      const services = key.Properties.KeyPolicy.Statement.filter(
        (statement: CfnJson) => statement.Principal.Service !== undefined,
      );
      /** The resource names (after `:<prefix>`) of the ARNs a statement's condition key holds. */
      const named = (service: string, conditionKey: string, prefix: string): string[] => {
        const statement = services.find((s: CfnJson) => s.Principal.Service === service);
        const arns = Object.values(statement.Condition as Record<string, Record<string, CfnJson>>)
          .flatMap((operator) => [operator[conditionKey] ?? []].flat())
          .map((arn: CfnJson) => String(arn['Fn::Join'][1].at(-1)));
        for (const arn of arns) expect(arn.startsWith(`:${prefix}`)).toBe(true);
        return arns.map((arn) => arn.slice(1 + prefix.length));
      };
      const logsKey = 'kms:EncryptionContext:aws:logs:arn';
      const logGroups = named('logs.us-east-2.amazonaws.com', logsKey, 'log-group:');
      const topics = named('sns.amazonaws.com', 'aws:SourceArn', '');
      const alarms = named('cloudwatch.amazonaws.com', 'aws:SourceArn', 'alarm:');

      // Act: the names the stack gives its resources.
      const names = (type: string, property: string) =>
        Object.values(resourcesOf(template, type)).map((r) => r.Properties[property]);
      const executionLogGroup = names('AWS::Logs::LogGroup', 'LogGroupName').find(
        (name) => typeof name !== 'string',
      );

      // Assess: every resource is covered by name, and no condition ends in a bare wildcard.
      expect(services).toHaveLength(3);
      for (const name of [...logGroups, ...topics, ...alarms]) expect(name).not.toMatch(/^\*?$/);
      expect(logGroups.filter((name) => !name.startsWith('API-Gateway-Execution-Logs_'))).toEqual(
        names('AWS::Logs::LogGroup', 'LogGroupName').filter((name) => typeof name === 'string'),
      );
      expect(logGroups).toContain('API-Gateway-Execution-Logs_*/v1');
      expect(executionLogGroup['Fn::Join'][1][0]).toBe('API-Gateway-Execution-Logs_');
      expect(topics.sort()).toEqual(names('AWS::SNS::Topic', 'TopicName').sort());
      expect(alarms).toEqual(['PaymentWebhooksStack-*']);
      for (const alarmName of names('AWS::CloudWatch::Alarm', 'AlarmName')) {
        expect(alarmName).toMatch(/^PaymentWebhooksStack-[A-Za-z0-9]+$/);
      }
    });

    it('names no other principal: the services above plus the account, which delegates to IAM grants', () => {
      const [key] = Object.values(resourcesOf(template, 'AWS::KMS::Key'));
      const principals = key.Properties.KeyPolicy.Statement.map(
        (statement: { Principal: unknown }) => JSON.stringify(statement.Principal),
      );
      expect(principals.sort()).toEqual(
        [
          JSON.stringify({
            AWS: { 'Fn::Join': ['', ['arn:aws:iam::', { Ref: 'AWS::AccountId' }, ':root']] },
          }),
          JSON.stringify({ Service: 'cloudwatch.amazonaws.com' }),
          JSON.stringify({ Service: 'logs.us-east-2.amazonaws.com' }),
          JSON.stringify({ Service: 'sns.amazonaws.com' }),
        ].sort(),
      );
    });

    it('encrypts every log group of the stack', () => {
      const groups = Object.values(resourcesOf(template, 'AWS::Logs::LogGroup'));
      expect(groups).toHaveLength(5);
      for (const group of groups) expect(group.Properties.KmsKeyId).toEqual(usesKey());
    });
  });

  describe('DynamoDB table', () => {
    it('is payment_transactions keyed by transaction_id (S) and timestamp (S)', () => {
      template.resourceCountIs('AWS::DynamoDB::Table', 1);
      template.hasResourceProperties('AWS::DynamoDB::Table', {
        TableName: 'payment_transactions',
        KeySchema: [
          { AttributeName: 'transaction_id', KeyType: 'HASH' },
          { AttributeName: 'timestamp', KeyType: 'RANGE' },
        ],
        AttributeDefinitions: Match.arrayEquals([
          { AttributeName: 'transaction_id', AttributeType: 'S' },
          { AttributeName: 'timestamp', AttributeType: 'S' },
        ]),
      });
    });

    it('bills on demand', () => {
      template.hasResourceProperties('AWS::DynamoDB::Table', { BillingMode: 'PAY_PER_REQUEST' });
    });

    it('has point-in-time recovery', () => {
      template.hasResourceProperties('AWS::DynamoDB::Table', {
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      });
    });

    it('is encrypted with the customer-managed key', () => {
      template.hasResourceProperties('AWS::DynamoDB::Table', {
        SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: usesKey() },
      });
    });

    it('has deletion protection and is retained on stack deletion', () => {
      template.hasResource('AWS::DynamoDB::Table', {
        Properties: Match.objectLike({ DeletionProtectionEnabled: true }),
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
      });
    });
  });

  describe('SQS', () => {
    it('notification queue: visibility 300 s, CMK, redrive to its DLQ after 5 receives', () => {
      const queueId = logicalIdOf(template, 'AWS::SQS::Queue', 'NotificationsQueue');
      const dlqId = logicalIdOf(template, 'AWS::SQS::Queue', 'NotificationsDeadLetterQueue');
      expect(resourcesOf(template, 'AWS::SQS::Queue')[queueId].Properties).toMatchObject({
        VisibilityTimeout: 300,
        KmsMasterKeyId: usesKey(),
        RedrivePolicy: {
          deadLetterTargetArn: { 'Fn::GetAtt': [dlqId, 'Arn'] },
          maxReceiveCount: 5,
        },
      });
    });

    it('encrypts every queue with the customer-managed key', () => {
      const queues = Object.values(resourcesOf(template, 'AWS::SQS::Queue'));
      expect(queues).toHaveLength(7);
      for (const queue of queues) expect(queue.Properties.KmsMasterKeyId).toEqual(usesKey());
    });

    it('gives every queue a TLS-only queue policy', () => {
      const policies = Object.values(resourcesOf(template, 'AWS::SQS::QueuePolicy'));
      const protectedQueues = policies
        .filter((policy) =>
          policy.Properties.PolicyDocument.Statement.some(
            (statement: { Effect: string; Condition?: unknown }) =>
              statement.Effect === 'Deny' &&
              JSON.stringify(statement.Condition) ===
                JSON.stringify({ Bool: { 'aws:SecureTransport': 'false' } }),
          ),
        )
        .flatMap((policy) => policy.Properties.Queues.map(referencedId));
      expect(new Set(protectedQueues)).toEqual(
        new Set(Object.keys(resourcesOf(template, 'AWS::SQS::Queue'))),
      );
    });

    it('gives each function its own encrypted dead-letter queue as DeadLetterConfig', () => {
      const functions = Object.values(resourcesOf(template, 'AWS::Lambda::Function'));
      const targets = functions.map((fn) =>
        referencedId(fn.Properties.DeadLetterConfig?.TargetArn),
      );
      expect(targets).toHaveLength(3);
      expect(new Set(targets).size).toBe(3);
      const queues = resourcesOf(template, 'AWS::SQS::Queue');
      for (const target of targets)
        expect(queues[target as string]?.Properties.KmsMasterKeyId).toEqual(usesKey());
    });

    it('feeds the sender in batches of 10 with partial batch responses and at most 2 pollers', () => {
      template.resourceCountIs('AWS::Lambda::EventSourceMapping', 1);
      template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        EventSourceArn: {
          'Fn::GetAtt': [logicalIdOf(template, 'AWS::SQS::Queue', 'NotificationsQueue'), 'Arn'],
        },
        FunctionName: { Ref: logicalIdOf(template, 'AWS::Lambda::Function', 'NotificationSender') },
        BatchSize: 10,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        ScalingConfig: { MaximumConcurrency: 2 },
      });
    });

    it('keeps the consumer within its reservation and a sixth of the visibility timeout', () => {
      const sender = resourcesOf(template, 'AWS::Lambda::Function')[
        logicalIdOf(template, 'AWS::Lambda::Function', 'NotificationSender')
      ];
      expect(sender.Properties.Timeout).toBe(30);
      expect(sender.Properties.Timeout).toBeLessThanOrEqual(300 / 6);
      expect(sender.Properties.ReservedConcurrentExecutions).toBeGreaterThan(2);
    });
  });

  describe('SNS', () => {
    it('encrypts both topics (notifications, operations) with the customer-managed key', () => {
      template.resourceCountIs('AWS::SNS::Topic', 2);
      for (const topic of Object.values(resourcesOf(template, 'AWS::SNS::Topic'))) {
        expect(topic.Properties.KmsMasterKeyId).toEqual(usesKey());
      }
    });

    it('gives both topics a publish policy that denies requests without TLS', () => {
      const policies = Object.values(resourcesOf(template, 'AWS::SNS::TopicPolicy'));
      const tlsOnly = policies
        .filter((policy) =>
          policy.Properties.PolicyDocument.Statement.some(
            (statement: { Effect: string; Action: unknown; Condition?: unknown }) =>
              statement.Effect === 'Deny' &&
              statement.Action === 'sns:Publish' &&
              JSON.stringify(statement.Condition) ===
                JSON.stringify({ Bool: { 'aws:SecureTransport': 'false' } }),
          ),
        )
        .flatMap((policy) => policy.Properties.Topics.map(referencedId));
      expect(new Set(tlsOnly)).toEqual(
        new Set(Object.keys(resourcesOf(template, 'AWS::SNS::Topic'))),
      );
    });

    it('subscribes the NotificationEmail parameter by email, unfiltered, with a delivery DLQ', () => {
      template.hasParameter('NotificationEmail', {
        Type: 'String',
        AllowedPattern: Match.anyValue(),
      });
      const topicId = logicalIdOf(template, 'AWS::SNS::Topic', 'NotificationTopic');
      const dlqId = logicalIdOf(
        template,
        'AWS::SQS::Queue',
        'NotificationTopicDeliveryDeadLetterQueue',
      );
      template.hasResourceProperties('AWS::SNS::Subscription', {
        TopicArn: { Ref: topicId },
        Protocol: 'email',
        Endpoint: { Ref: 'NotificationEmail' },
        FilterPolicy: Match.absent(),
        RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [dlqId, 'Arn'] } },
      });
    });

    it('creates no customer subscription: the sender adds each with its filter policy at runtime', () => {
      const subscriptions = Object.values(resourcesOf(template, 'AWS::SNS::Subscription'));
      expect(subscriptions.map((s) => s.Properties.Endpoint)).toEqual([
        { Ref: 'NotificationEmail' },
        { Ref: 'NotificationEmail' },
      ]);
      template.hasResourceProperties('AWS::IAM::Policy', {
        Roles: [{ Ref: logicalIdOf(template, 'AWS::IAM::Role', 'NotificationSenderRole') }],
        PolicyDocument: {
          Statement: [
            {
              Effect: 'Allow',
              Action: 'sns:Subscribe',
              Resource: { Ref: logicalIdOf(template, 'AWS::SNS::Topic', 'NotificationTopic') },
              Condition: { StringEquals: { 'sns:Protocol': 'email' } },
            },
            { Effect: 'Allow', Action: 'sns:GetSubscriptionAttributes', Resource: '*' },
          ],
        },
      });
    });
  });
});
