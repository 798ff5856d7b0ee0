import { Duration, RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

export interface EncryptionKeyProps {
  /**
   * Alias of the key.
   * @default 'alias/payment-webhooks'
   */
  readonly aliasName?: string;
}

/**
 * The one customer-managed key of the platform: table, queues, topics, log groups and Lambda
 * environments. The key policy keeps CDK's default account-root statement, which delegates to
 * IAM: that is how DynamoDB, SQS, SNS and Lambda use the key on behalf of our roles, each role
 * holding a grant for exactly its actions. The `allow*` methods add the AWS services that call
 * KMS as themselves; no grant exists for a service principal with conditions, so those are
 * hand-written statements, each bound to this stack's own resources.
 *
 * The conditions name those resources by the plain names the stack gives them, never by a
 * reference: the topics, alarms and log groups depend on the key, so a key policy referencing
 * them would be a circular dependency. Each method therefore refuses a name that is a token.
 */
export class EncryptionKey extends Construct {
  readonly key: kms.Key;

  constructor(scope: Construct, id: string, props: EncryptionKeyProps = {}) {
    super(scope, id);
    this.key = new kms.Key(this, 'Key', {
      description: 'Payment webhooks: table, queues, topics, log groups and Lambda environments',
      enableKeyRotation: true,
      alias: props.aliasName ?? 'alias/payment-webhooks',
      pendingWindow: Duration.days(30),
      // The retained table stays readable only while its key exists.
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }

  /**
   * CloudWatch Logs, for exactly the named log groups (by the `aws:logs:arn` encryption
   * context). A name may hold `*` where AWS picks part of it (API Gateway's execution log
   * group carries the REST API id).
   */
  allowCloudWatchLogs(logGroupNames: readonly string[]): void {
    const stack = Stack.of(this);
    this.key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'CloudWatchLogsEncryptsLogGroupsOfThisStack',
        principals: [new iam.ServicePrincipal(`logs.${stack.region}.amazonaws.com`)],
        actions: [
          'kms:Encrypt',
          'kms:Decrypt',
          'kms:ReEncryptFrom',
          'kms:ReEncryptTo',
          'kms:GenerateDataKey',
          'kms:GenerateDataKeyWithoutPlaintext',
          'kms:DescribeKey',
        ],
        resources: ['*'],
        conditions: {
          ArnLike: {
            'kms:EncryptionContext:aws:logs:arn': plainNames(logGroupNames, 'log group').map(
              (name) => this.arn('logs', `log-group:${name}`),
            ),
          },
        },
      }),
    );
  }

  /**
   * CloudWatch alarms whose name matches `alarmNamePattern` (e.g. `PaymentWebhooksStack-*`)
   * publishing to a topic encrypted with this key: without this statement the alarm action
   * fails silently ("CloudWatch Alarms does not have authorization to access the SNS topic
   * encryption key").
   */
  allowCloudWatchAlarmsToPublish(alarmNamePattern: string): void {
    const [pattern] = plainNames([alarmNamePattern], 'alarm name pattern');
    this.key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'CloudWatchAlarmsOfThisStackPublishToEncryptedTopics',
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
        resources: ['*'],
        conditions: {
          StringEquals: { 'aws:SourceAccount': Stack.of(this).account },
          ArnLike: { 'aws:SourceArn': this.arn('cloudwatch', `alarm:${pattern}`) },
        },
      }),
    );
  }

  /**
   * SNS writing undeliverable messages of exactly the named topics into dead-letter queues
   * encrypted with this key (SNS acts as itself there, not as one of our roles).
   */
  allowSnsToWriteDeadLetters(topicNames: readonly string[]): void {
    this.key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'SnsWritesDeadLettersOfThisStackTopics',
        principals: [new iam.ServicePrincipal('sns.amazonaws.com')],
        actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
        resources: ['*'],
        conditions: {
          StringEquals: { 'aws:SourceAccount': Stack.of(this).account },
          ArnEquals: {
            'aws:SourceArn': plainNames(topicNames, 'topic').map((name) => this.arn('sns', name)),
          },
        },
      }),
    );
  }

  private arn(service: string, resource: string): string {
    const stack = Stack.of(this);
    return `arn:${stack.partition}:${service}:${stack.region}:${stack.account}:${resource}`;
  }
}

/** A token would reference the resource (a cycle through the key) or hide what is allowed. */
function plainNames(names: readonly string[], what: string): readonly string[] {
  if (names.length === 0) throw new Error(`EncryptionKey: no ${what} to allow`);
  for (const name of names) {
    if (Token.isUnresolved(name)) {
      throw new Error(`EncryptionKey: the ${what} name must be a plain string, got ${name}`);
    }
  }
  return names;
}
