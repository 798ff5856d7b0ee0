import { createHash } from 'node:crypto';
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  eventSortKey,
  NOTIFICATION_JOB_ATTRIBUTES,
  type EventItem,
  type NotificationJob,
  type WebhookEvent,
} from '@payments/contracts';

/**
 * The two emulator calls an acknowledged webhook cannot do without, made exactly as the
 * webhook processor's adapters make them (same conditional put, same message and attributes),
 * so the difference to the full path is the gateway, the Lambda runtime and the handler.
 */
export async function rawAckCalls(
  clients: { readonly dynamoDb: DynamoDBDocumentClient; readonly sqs: SQSClient },
  target: { readonly tableName: string; readonly queueUrl: string },
  event: WebhookEvent,
): Promise<void> {
  const now = new Date();
  const item: EventItem = {
    transaction_id: event.transaction_id,
    timestamp: eventSortKey(event.occurred_at, event.event_id),
    item_type: 'event',
    event_id: event.event_id,
    event_type: event.event_type,
    provider: event.provider,
    amount: event.amount,
    currency: event.currency,
    customer_id: event.customer.id,
    customer_email: event.customer.email,
    occurred_at: event.occurred_at,
    received_at: now.toISOString(),
    payload_sha256: createHash('sha256').update(JSON.stringify(event)).digest('hex'),
    ...(event.metadata ? { metadata: event.metadata } : {}),
  };
  await clients.dynamoDb.send(
    new PutCommand({
      TableName: target.tableName,
      Item: item,
      ConditionExpression: 'attribute_not_exists(transaction_id)',
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    }),
  );
  const job: NotificationJob = {
    version: 1,
    trigger: 'event',
    transaction_id: item.transaction_id,
    item_key: item.timestamp,
    event_id: item.event_id,
    enqueued_at: now.toISOString(),
  };
  await clients.sqs.send(
    new SendMessageCommand({
      QueueUrl: target.queueUrl,
      MessageBody: JSON.stringify(job),
      MessageAttributes: {
        [NOTIFICATION_JOB_ATTRIBUTES.trigger]: text(job.trigger),
        [NOTIFICATION_JOB_ATTRIBUTES.transactionId]: text(job.transaction_id),
        [NOTIFICATION_JOB_ATTRIBUTES.eventId]: text(job.event_id),
      },
    }),
  );
}

function text(value: string) {
  return { DataType: 'String', StringValue: value };
}
