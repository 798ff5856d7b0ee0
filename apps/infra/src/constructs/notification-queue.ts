import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import type * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
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
  readonly visibilityTimeout: Duration;
  private readonly maxReceiveCount: number;

  constructor(scope: Construct, id: string, props: NotificationQueueProps) {
    super(scope, id);
    this.maxReceiveCount = props.maxReceiveCount ?? 5;
    this.visibilityTimeout = props.visibilityTimeout ?? Duration.seconds(300);
    this.deadLetterQueue = new DeadLetterQueue(this, 'DeadLetterQueue', {
      encryptionKey: props.encryptionKey,
      catches: 'notification jobs that failed every receive of the notification queue',
    });
    this.queue = new sqs.Queue(this, 'Queue', {
      encryption: sqs.QueueEncryption.KMS,
      encryptionMasterKey: props.encryptionKey,
      enforceSSL: true,
      visibilityTimeout: this.visibilityTimeout,
      retentionPeriod: Duration.days(4),
      deadLetterQueue: {
        queue: this.deadLetterQueue.queue,
        maxReceiveCount: this.maxReceiveCount,
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

  /**
   * The consumer: batches of 10 with partial batch responses (only failed jobs return to the
   * queue), at most `maxConcurrency` pollers so the function's reservation also leaves room for
   * its API route. Its timeout must fit six times into the visibility timeout (AWS guidance),
   * or a job still running would reappear for a second consumer.
   */
  addConsumer(fn: lambda.Function, maxConcurrency: number): void {
    const timeout = fn.timeout?.toSeconds() ?? 3;
    const visibility = this.visibilityTimeout.toSeconds();
    if (timeout * 6 > visibility) {
      throw new Error(
        `Consumer timeout ${timeout} s exceeds a sixth of the ${visibility} s visibility timeout`,
      );
    }
    fn.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: 10,
        reportBatchItemFailures: true,
        maxConcurrency,
      }),
    );
    const mapping = fn.node.children.find((child) => child instanceof lambda.EventSourceMapping);
    if (mapping) {
      Validations.of(mapping).acknowledge({
        id: 'Serverless-LambdaEventSourceMappingDestination',
        reason:
          'SQS event source mappings take no on-failure destination (only stream and Kafka ' +
          `sources do): a job that fails ${this.maxReceiveCount} receives moves to this ` +
          "queue's redrive dead-letter queue, whose depth is alarmed.",
      });
    }
  }
}
