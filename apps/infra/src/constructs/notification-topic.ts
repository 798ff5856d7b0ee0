import { Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { DeadLetterQueue } from './dead-letter-queue';

export interface NotificationTopicProps {
  readonly encryptionKey: kms.IKey;
  /**
   * Plain (non-token) topic name, prefixed with the stack name: the key policy names the
   * topic by it (see `EncryptionKey.allowSnsToWriteDeadLetters`).
   */
  readonly topicName: string;
  /** Shown as the sender name of the emails. */
  readonly displayName: string;
  /**
   * An address subscribed without a filter policy: it receives every message of the topic.
   * Only an operations mailbox belongs here, never a customer.
   * @default - no unfiltered subscription
   */
  readonly unfilteredEmail?: string;
}

/**
 * An SNS topic encrypted with the CMK that accepts publishes over TLS only. Email deliveries
 * that SNS gives up on land in the topic's own encrypted dead-letter queue (SNS writes there as
 * itself: the key must allow it, see `EncryptionKey.allowSnsToWriteDeadLetters`).
 */
export class NotificationTopic extends Construct {
  readonly topic: sns.Topic;
  /** The topic name as a plain string (`topic.topicName` is a reference to the resource). */
  readonly name: string;
  readonly deliveryDeadLetterQueue: DeadLetterQueue;

  constructor(scope: Construct, id: string, props: NotificationTopicProps) {
    super(scope, id);
    this.name = props.topicName;
    this.topic = new sns.Topic(this, 'Topic', {
      topicName: props.topicName,
      displayName: props.displayName,
      masterKey: props.encryptionKey,
      enforceSSL: true,
    });
    this.deliveryDeadLetterQueue = new DeadLetterQueue(this, 'DeliveryDeadLetterQueue', {
      encryptionKey: props.encryptionKey,
      catches: `email deliveries of the "${props.displayName}" topic that SNS could not complete`,
    });
    if (props.unfilteredEmail !== undefined) {
      this.topic.addSubscription(
        new subscriptions.EmailSubscription(props.unfilteredEmail, {
          deadLetterQueue: this.deliveryDeadLetterQueue.queue,
        }),
      );
    }
  }

  /** `sns:Publish` plus the two key actions SNS needs to encrypt (no KMS wildcards). */
  grantPublishMessages(grantee: iam.IGrantable): iam.Grant {
    return this.topic.grants.actions(grantee, ['sns:Publish'], {
      keyActions: ['kms:GenerateDataKey', 'kms:Decrypt'],
    });
  }

  /**
   * What the sender needs to route customer emails: `sns:Subscribe` on this topic for the
   * email protocol only (it creates each customer subscription with its filter policy in the
   * same call, so none exists without it; any other protocol, such as an http endpoint without
   * a filter, would receive every customer's notification) and `sns:GetSubscriptionAttributes` to check confirmation and the filter before use.
   * IAM has no resource type for the latter, so it is a separate policy whose `*` is
   * acknowledged on its own, next to it.
   */
  grantCustomerSubscriptions(role: iam.IRole): iam.Policy {
    const policy = new iam.Policy(this, 'CustomerSubscriptionsPolicy', {
      roles: [role],
      statements: [
        new iam.PolicyStatement({
          actions: ['sns:Subscribe'],
          resources: [this.topic.topicArn],
          conditions: { StringEquals: { 'sns:Protocol': 'email' } },
        }),
        new iam.PolicyStatement({ actions: ['sns:GetSubscriptionAttributes'], resources: ['*'] }),
      ],
    });
    Validations.of(policy).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'sns:GetSubscriptionAttributes supports no resource-level permission (IAM evaluates ' +
        'it only against "*"); it is read-only, and Subscribe in the same policy is scoped to ' +
        'the notification topic.',
    });
    return policy;
  }
}
