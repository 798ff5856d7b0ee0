import { join } from 'node:path';
import { CfnParameter, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { MAX_EMAILS_PER_SECOND } from '@payments/contracts';
import { ApiTraceSampling } from '../constructs/api-trace-sampling';
import { CallerPolicies } from '../constructs/caller-policies';
import { ContractRestApi } from '../constructs/contract-rest-api';
import { EncryptionKey } from '../constructs/encryption-key';
import { NotificationQueue } from '../constructs/notification-queue';
import { NotificationTopic } from '../constructs/notification-topic';
import { OperationsAlarms } from '../constructs/operations-alarms';
import { PaymentFunction } from '../constructs/payment-function';
import { TransactionsTable } from '../constructs/transactions-table';
import { throttleForConcurrency } from '../settings/api-throttling';
import { DEFAULT_SETTINGS, type StackSettings } from '../settings/stack-settings';
import { addStackOutputs } from './stack-outputs';

export interface PaymentWebhooksStackProps extends StackProps {
  /**
   * Reserved concurrency and log level.
   * @default DEFAULT_SETTINGS
   */
  readonly settings?: StackSettings;
  /**
   * Folder holding the esbuild bundles, one sub-folder per app.
   * @default `<workspace>/dist/apps`
   */
  readonly bundlesDirectory?: string;
}

/** Queue pollers the notification queue's event source mapping may run at once. */
export const NOTIFICATION_QUEUE_MAX_CONCURRENCY = 2;
const NOTIFICATION_SENDER_TIMEOUT = Duration.seconds(30);
const METRICS_NAMESPACE = 'PaymentWebhooks';

/**
 * The payment-webhook platform: API Gateway (SigV4) -> Lambda -> DynamoDB and SQS -> Lambda
 * -> SNS email. Composition only: the constructs own their resources; this class wires them
 * together with grants.
 */
export class PaymentWebhooksStack extends Stack {
  constructor(scope: Construct, id: string, props: PaymentWebhooksStackProps = {}) {
    super(scope, id, { terminationProtection: true, ...props });
    const settings = props.settings ?? DEFAULT_SETTINGS;
    const bundles = props.bundlesDirectory ?? join(__dirname, '../../../../dist/apps');

    const notificationEmail = new CfnParameter(this, 'NotificationEmail', {
      type: 'String',
      description:
        'Operations mailbox: subscribed without a filter to the notification topic (it sees ' +
        'every customer notification) and to the operations topic (alarms). Confirm both emails.',
      allowedPattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
      constraintDescription: 'must be an email address',
    });

    // Names the stack controls, as plain strings: the key policy allows AWS services exactly
    // these topics, alarms and log groups (see EncryptionKey).
    const namePrefix = `${this.stackName}-`;
    const logGroupName = (name: string) => `/${this.stackName}/${name}`;

    const encryption = new EncryptionKey(this, 'EncryptionKey');
    const encryptionKey = encryption.key;

    const transactions = new TransactionsTable(this, 'Transactions', { encryptionKey });
    const notifications = new NotificationQueue(this, 'Notifications', { encryptionKey });
    const topic = new NotificationTopic(this, 'NotificationTopic', {
      encryptionKey,
      topicName: `${namePrefix}notifications`,
      displayName: 'Payment notifications',
      unfilteredEmail: notificationEmail.valueAsString,
    });

    const environment = (service: string) => ({
      TABLE_NAME: transactions.table.tableName,
      POWERTOOLS_SERVICE_NAME: service,
      POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
      POWERTOOLS_LOG_LEVEL: settings.logLevel,
    });
    const webhookProcessor = new PaymentFunction(this, 'WebhookProcessor', {
      description: 'POST /webhooks/payment: store the provider event, enqueue its notification',
      bundleDirectory: join(bundles, 'webhook-processor'),
      logGroupName: logGroupName('lambda/webhook-processor'),
      environment: { ...environment('webhook-processor'), QUEUE_URL: notifications.queue.queueUrl },
      encryptionKey,
      reservedConcurrency: settings.reservedConcurrency.webhookProcessor,
    });
    const transactionReader = new PaymentFunction(this, 'TransactionReader', {
      description: 'GET /transactions/{id}: the transaction view from its stored events',
      bundleDirectory: join(bundles, 'transaction-reader'),
      logGroupName: logGroupName('lambda/transaction-reader'),
      environment: environment('transaction-reader'),
      encryptionKey,
      reservedConcurrency: settings.reservedConcurrency.transactionReader,
    });
    const notificationSender = new PaymentFunction(this, 'NotificationSender', {
      description: 'POST /transactions/{id}/notify and the notification queue: email via SNS',
      bundleDirectory: join(bundles, 'notification-sender'),
      logGroupName: logGroupName('lambda/notification-sender'),
      environment: {
        ...environment('notification-sender'),
        QUEUE_URL: notifications.queue.queueUrl,
        TOPIC_ARN: topic.topic.topicArn,
        // Per poller: all pollers together stay under SNS's per-subscription email limit.
        EMAILS_PER_SECOND: String(
          Math.floor(MAX_EMAILS_PER_SECOND / NOTIFICATION_QUEUE_MAX_CONCURRENCY),
        ),
      },
      encryptionKey,
      reservedConcurrency: settings.reservedConcurrency.notificationSender,
      // At most a sixth of the queue's visibility timeout (300 s), as AWS advises.
      timeout: NOTIFICATION_SENDER_TIMEOUT,
    });

    // Exactly the calls each app's adapters make (see their DynamoDB/SQS/SNS adapters).
    transactions.grantItems(webhookProcessor.role, ['PutItem', 'GetItem']);
    notifications.grantSendJobs(webhookProcessor.role);
    transactions.grantItems(transactionReader.role, ['Query']);
    transactions.grantItems(notificationSender.role, ['Query', 'PutItem', 'UpdateItem']);
    notifications.grantSendJobs(notificationSender.role);
    topic.grantPublishMessages(notificationSender.role);
    topic.grantCustomerSubscriptions(notificationSender.role);
    notifications.addConsumer(notificationSender.function, NOTIFICATION_QUEUE_MAX_CONCURRENCY);

    const api = new ContractRestApi(this, 'Api', {
      functions: {
        webhookProcessor: webhookProcessor.function,
        transactionReader: transactionReader.function,
        notificationSender: notificationSender.function,
      },
      throttles: {
        webhookProcessor: throttleForConcurrency(settings.reservedConcurrency.webhookProcessor),
        transactionReader: throttleForConcurrency(settings.reservedConcurrency.transactionReader),
        // The queue's pollers hold part of the sender's reservation.
        notificationSender: throttleForConcurrency(
          settings.reservedConcurrency.notificationSender - NOTIFICATION_QUEUE_MAX_CONCURRENCY,
        ),
      },
      encryptionKey,
      accessLogGroupName: logGroupName('api/access'),
    });
    new ApiTraceSampling(this, 'ApiTraceSampling', { api: api.api, stageName: api.stageName });
    const callers = new CallerPolicies(this, 'Callers', {
      executeApiArn: (operation) => api.executeApiArn(operation),
    });

    const operations = new OperationsAlarms(this, 'Operations', {
      encryptionKey,
      namePrefix,
      operationsEmail: notificationEmail.valueAsString,
      deadLetterQueues: {
        NotificationQueue: notifications.deadLetterQueue.queue,
        WebhookProcessor: webhookProcessor.deadLetterQueue.queue,
        TransactionReader: transactionReader.deadLetterQueue.queue,
        NotificationSender: notificationSender.deadLetterQueue.queue,
        NotificationEmail: topic.deliveryDeadLetterQueue.queue,
      },
      functions: {
        WebhookProcessor: webhookProcessor.function,
        TransactionReader: transactionReader.function,
        NotificationSender: notificationSender.function,
      },
      apiStage: api.stage,
    });

    encryption.allowCloudWatchLogs([
      ...[webhookProcessor, transactionReader, notificationSender].map((fn) => fn.logGroupName),
      ...api.logGroupNames,
    ]);
    encryption.allowSnsToWriteDeadLetters([topic.name, operations.topic.name]);
    encryption.allowCloudWatchAlarmsToPublish(operations.alarmNamePattern);

    addStackOutputs(this, {
      ApiUrl: api.api.url,
      TableName: transactions.table.tableName,
      QueueUrl: notifications.queue.queueUrl,
      DeadLetterQueueUrl: notifications.deadLetterQueue.queue.queueUrl,
      TopicArn: topic.topic.topicArn,
      WebhookSenderPolicyArn: callers.webhookSender.managedPolicyArn,
      TransactionReaderPolicyArn: callers.transactionReader.managedPolicyArn,
      NotifierPolicyArn: callers.notifier.managedPolicyArn,
      OperationsTopicArn: operations.topic.topic.topicArn,
      Region: this.region,
    });
  }
}
