import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
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
 * hand-written statements, each bound to this account and region.
 *
 * The conditions name ARN patterns, not our resources: the topics and log groups reference
 * the key, so a key policy referencing them would be a circular dependency.
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

  /** CloudWatch Logs, for log groups of this account and region (by encryption context). */
  allowCloudWatchLogs(): void {
    const stack = Stack.of(this);
    this.key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'CloudWatchLogsEncryptsLogGroupsOfThisAccount',
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
            'kms:EncryptionContext:aws:logs:arn': `arn:${stack.partition}:logs:${stack.region}:${stack.account}:log-group:*`,
          },
        },
      }),
    );
  }

  /**
   * CloudWatch alarms publishing to a topic encrypted with this key: without this statement
   * the alarm action fails silently ("CloudWatch Alarms does not have authorization to access
   * the SNS topic encryption key").
   */
  allowCloudWatchAlarmsToPublish(): void {
    const stack = Stack.of(this);
    this.key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'CloudWatchAlarmsPublishToEncryptedTopics',
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': stack.account } },
      }),
    );
  }

  /**
   * SNS writing undeliverable messages of this account's topics into dead-letter queues
   * encrypted with this key (SNS acts as itself there, not as one of our roles).
   */
  allowSnsToWriteDeadLetters(): void {
    const stack = Stack.of(this);
    this.key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'SnsWritesDeadLettersOfThisAccountTopics',
        principals: [new iam.ServicePrincipal('sns.amazonaws.com')],
        actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
        resources: ['*'],
        conditions: {
          StringEquals: { 'aws:SourceAccount': stack.account },
          ArnLike: {
            'aws:SourceArn': `arn:${stack.partition}:sns:${stack.region}:${stack.account}:*`,
          },
        },
      }),
    );
  }
}
