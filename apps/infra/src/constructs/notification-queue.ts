import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { DeadLetterQueue } from './dead-letter-queue';

export interface NotificationQueueProps {
  readonly encryptionKey: kms.IKey;
  /**
   * Must be at least six times the consumer's timeout (AWS guidance for Lambda event sources).
   * @default Duration.seconds(300)
   */
  readonly visibilityTimeout?: Duration;
  /**
   * Receives before a job moves to the dead-letter queue.
   * @default 5
   */
  readonly maxReceiveCount?: number;
}

/**
 * Notification jobs between the API functions and the notification sender. A job that fails
 * `maxReceiveCount` times lands in the redrive dead-letter queue: the one place failed
 * notifications really end up (the sender's own Lambda DLQ only sees asynchronous invokes).
 */
export class NotificationQueue extends Construct {
  readonly queue: sqs.Queue;
  readonly deadLetterQueue: DeadLetterQueue;

  constructor(scope: Construct, id: string, props: NotificationQueueProps) {
    super(scope, id);
    this.deadLetterQueue = new DeadLetterQueue(this, 'DeadLetterQueue', {
      encryptionKey: props.encryptionKey,
      catches: 'notification jobs that failed every receive of the notification queue',
    });
    this.queue = new sqs.Queue(this, 'Queue', {
      encryption: sqs.QueueEncryption.KMS,
      encryptionMasterKey: props.encryptionKey,
      enforceSSL: true,
      visibilityTimeout: props.visibilityTimeout ?? Duration.seconds(300),
      retentionPeriod: Duration.days(4),
      deadLetterQueue: {
        queue: this.deadLetterQueue.queue,
        maxReceiveCount: props.maxReceiveCount ?? 5,
      },
      removalPolicy: RemovalPolicy.DESTROY,
    });
  }

  /** `sqs:SendMessage` plus the two key actions SQS needs to encrypt (no KMS wildcards). */
  grantSendJobs(grantee: iam.IGrantable): iam.Grant {
    return this.queue.grants.actions(grantee, ['sqs:SendMessage'], {
      keyActions: ['kms:GenerateDataKey', 'kms:Decrypt'],
    });
  }
}
