import { Duration, Stack } from 'aws-cdk-lib';
import type * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { NotificationTopic } from './notification-topic';

export interface OperationsAlarmsProps {
  readonly encryptionKey: kms.IKey;
  /**
   * Plain prefix of every name here (topic and alarms), e.g. `PaymentWebhooksStack-`: the key
   * and topic policies let CloudWatch act only for alarms named `${namePrefix}*`.
   */
  readonly namePrefix: string;
  /** Subscribed to the operations topic (alarms and recoveries). */
  readonly operationsEmail: string;
  /** Every other dead-letter queue of the stack (the operations topic's own is added), by name. */
  readonly deadLetterQueues: Readonly<Record<string, sqs.IQueue>>;
  /** Every function of the stack, by a name for the alarm. */
  readonly functions: Readonly<Record<string, lambda.IFunction>>;
  readonly apiStage: apigateway.Stage;
}

/**
 * The alarms an on-call engineer expects, delivered to an encrypted operations topic: any
 * message in any dead-letter queue, any Lambda error or throttle, any API 5xx. Each alarm
 * also sends its recovery (OK). Missing data is "not breaching": no traffic is no incident.
 */
export class OperationsAlarms extends Construct {
  readonly topic: NotificationTopic;
  readonly alarms: cloudwatch.Alarm[] = [];
  /** Matches the name of every alarm here, and of no alarm outside this construct's prefix. */
  readonly alarmNamePattern: string;
  private readonly namePrefix: string;

  constructor(scope: Construct, id: string, props: OperationsAlarmsProps) {
    super(scope, id);
    this.namePrefix = props.namePrefix;
    this.alarmNamePattern = `${props.namePrefix}*`;
    this.topic = new NotificationTopic(this, 'Topic', {
      encryptionKey: props.encryptionKey,
      topicName: `${props.namePrefix}operations`,
      displayName: 'Payment webhooks operations',
      unfilteredEmail: props.operationsEmail,
    });
    this.allowCloudWatchAlarmsToPublish();

    const deadLetterQueues = {
      ...props.deadLetterQueues,
      OperationsEmail: this.topic.deliveryDeadLetterQueue.queue,
    };
    for (const [name, queue] of Object.entries(deadLetterQueues)) {
      this.alarm(`${name}DeadLetters`, {
        description: `Messages are waiting in the ${name} dead-letter queue`,
        metric: queue.metricApproximateNumberOfMessagesVisible({
          period: Duration.minutes(1),
          statistic: cloudwatch.Stats.MAXIMUM,
        }),
      });
    }
    for (const [name, fn] of Object.entries(props.functions)) {
      this.alarm(`${name}Errors`, {
        description: `The ${name} function reported errors`,
        metric: fn.metricErrors({ period: Duration.minutes(5), statistic: cloudwatch.Stats.SUM }),
      });
      this.alarm(`${name}Throttles`, {
        description: `The ${name} function was throttled by its reserved concurrency`,
        metric: fn.metricThrottles({
          period: Duration.minutes(5),
          statistic: cloudwatch.Stats.SUM,
        }),
      });
    }
    this.alarm('Api5xx', {
      description: 'The API answered 5xx (integration failures or gateway errors)',
      metric: props.apiStage.metricServerError({
        period: Duration.minutes(5),
        statistic: cloudwatch.Stats.SUM,
      }),
    });
  }

  private alarm(id: string, options: { description: string; metric: cloudwatch.IMetric }): void {
    const alarm = new cloudwatch.Alarm(this, id, {
      alarmName: `${this.namePrefix}${id}`,
      alarmDescription: options.description,
      metric: options.metric,
      threshold: 0,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    const action = new actions.SnsAction(this.topic.topic);
    alarm.addAlarmAction(action);
    alarm.addOkAction(action);
    this.alarms.push(alarm);
  }

  /**
   * The topic policy replaces SNS's default one (it carries the TLS-only deny), so CloudWatch
   * needs an explicit allow; no grant takes the confused-deputy conditions, hence a statement.
   */
  private allowCloudWatchAlarmsToPublish(): void {
    const stack = Stack.of(this);
    this.topic.topic.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'CloudWatchAlarmsOfThisStackPublish',
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [this.topic.topic.topicArn],
        conditions: {
          ArnLike: {
            'aws:SourceArn': `arn:${stack.partition}:cloudwatch:${stack.region}:${stack.account}:alarm:${this.alarmNamePattern}`,
          },
          StringEquals: { 'aws:SourceAccount': stack.account },
        },
      }),
    );
  }
}
