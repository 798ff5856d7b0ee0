import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { DeadLetterQueue } from './dead-letter-queue';

export interface NotificationTopicProps {
  readonly encryptionKey: kms.IKey;
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
  readonly deliveryDeadLetterQueue: DeadLetterQueue;

  constructor(scope: Construct, id: string, props: NotificationTopicProps) {
    super(scope, id);
    this.topic = new sns.Topic(this, 'Topic', {
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
   * The sender subscribes each customer address at runtime, with its filter policy in the same
   * Subscribe call, so no customer subscription exists without a filter even for a moment.
   */
  grantCustomerSubscriptions(grantee: iam.IGrantable): iam.Grant {
    return this.topic.grants.subscribe(grantee);
  }
}
