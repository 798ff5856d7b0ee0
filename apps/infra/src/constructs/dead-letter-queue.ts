import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import type * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface DeadLetterQueueProps {
  readonly encryptionKey: kms.IKey;
  /** What ends up here, for the acknowledgement reasons and the console. */
  readonly catches: string;
  /**
   * How long a dead letter waits for an operator.
   * @default Duration.days(14) (the SQS maximum)
   */
  readonly retentionPeriod?: Duration;
}

/**
 * A dead-letter queue: encrypted with the CMK, TLS-only, kept for the SQS maximum of 14 days.
 * Its depth is alarmed by the operations alarms; it has no redrive of its own.
 */
export class DeadLetterQueue extends Construct {
  readonly queue: sqs.Queue;

  constructor(scope: Construct, id: string, props: DeadLetterQueueProps) {
    super(scope, id);
    this.queue = new sqs.Queue(this, 'Queue', {
      encryption: sqs.QueueEncryption.KMS,
      encryptionMasterKey: props.encryptionKey,
      enforceSSL: true,
      retentionPeriod: props.retentionPeriod ?? Duration.days(14),
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const reason =
      `This queue is itself a dead-letter queue (${props.catches}); a queue behind it would only ` +
      'move the same messages again. Its depth raises an alarm on the operations topic.';
    Validations.of(this.queue).acknowledge(
      { id: 'AwsSolutions-SQS3', reason },
      { id: 'Serverless-SQSRedrivePolicy', reason },
    );
  }

  /**
   * Lets a role send to the queue: `sqs:SendMessage` plus exactly the key actions SQS needs
   * to encrypt a message (no `kms:GenerateDataKey*` wildcard).
   */
  grantSend(grantee: iam.IGrantable): iam.Grant {
    return this.queue.grants.actions(grantee, ['sqs:SendMessage'], {
      keyActions: ['kms:GenerateDataKey', 'kms:Decrypt'],
    });
  }
}
