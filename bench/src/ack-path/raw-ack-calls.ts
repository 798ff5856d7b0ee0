import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  eventIdGuardFor,
  toNotificationJobMessage,
  type EventIdGuardItem,
  type EventItem,
  type WebhookEvent,
} from '@payments/contracts';
import { toEventItem } from '../../../apps/webhook-processor/src/domain/to-event-item';
import { toNotificationJob } from '../../../apps/webhook-processor/src/domain/to-notification-job';

export interface RawClients {
  readonly dynamoDb: DynamoDBDocumentClient;
  readonly sqs: SQSClient;
}

export interface RawTarget {
  readonly tableName: string;
  readonly queueUrl: string;
}

/**
 * Issue 7's baseline: the two emulator calls an acknowledged webhook cannot do without, the
 * conditional PutItem of the event and the SendMessage of its job. The items and the message
 * come from the webhook processor's own mappers and are sent exactly as its adapters send them
 * (same condition, same attributes), so the difference to the full path is the gateway, the
 * Lambda runtime and the handler.
 */
export async function rawEventPutAndSend(
  clients: RawClients,
  target: RawTarget,
  event: WebhookEvent,
): Promise<void> {
  const item = toEventItem(event, new Date());
  await conditionalPut(clients, target, item);
  await sendJob(clients, target, item);
}

/**
 * The calls our path really makes for a new event (apps/webhook-processor/src/domain/
 * process-webhook.ts): the conditional PutItem of the event-id guard
 * (`event-id#<provider>#<event_id>` / `guard`), the conditional PutItem of the event, the
 * SendMessage.
 */
export async function rawGuardEventPutAndSend(
  clients: RawClients,
  target: RawTarget,
  event: WebhookEvent,
): Promise<void> {
  const item = toEventItem(event, new Date());
  await conditionalPut(clients, target, eventIdGuardFor(item));
  await conditionalPut(clients, target, item);
  await sendJob(clients, target, item);
}

/** As DynamoDbTransactionEventRepository.putIfAbsent sends it. */
async function conditionalPut(
  clients: RawClients,
  target: RawTarget,
  item: EventItem | EventIdGuardItem,
): Promise<void> {
  await clients.dynamoDb.send(
    new PutCommand({
      TableName: target.tableName,
      Item: item,
      ConditionExpression: 'attribute_not_exists(transaction_id)',
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    }),
  );
}

/** As SqsNotificationJobQueue.enqueue sends it (no trace header outside Lambda). */
async function sendJob(clients: RawClients, target: RawTarget, item: EventItem): Promise<void> {
  const job = toNotificationJob(item, new Date());
  await clients.sqs.send(
    new SendMessageCommand({ QueueUrl: target.queueUrl, ...toNotificationJobMessage(job) }),
  );
}
