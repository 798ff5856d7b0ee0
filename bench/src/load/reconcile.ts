import { GetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { PaymentApiClient } from '@payments/api-client';
import type { StackOutputs } from '../emulator/local-stack-session';
import type { Delivery } from './load-generator';
import { attribute, type OutboxEmail } from './outbox';

export interface Reconciliation {
  /** Events acknowledged with 202 (each must be stored once and emailed once). */
  readonly accepted: number;
  /** Redeliveries answered 200 duplicate (each must add no item and no email). */
  readonly duplicatesAnswered: number;
  readonly storedOnce: number;
  readonly storedMissing: readonly string[];
  readonly storedMoreThanOnce: readonly string[];
  readonly notifiedOnce: number;
  readonly notifiedMissing: readonly string[];
  readonly notifiedMoreThanOnce: readonly string[];
  /** Copies of the run's emails delivered to any other address (e.g. the operations list). */
  readonly otherCopies: number;
  /** Emails of this run delivered to a customer other than the event's own. */
  readonly misrouted: number;
  /** GET /transactions/{id} on a sample: the event listed exactly once in the API view. */
  readonly apiSampled: number;
  readonly apiMismatches: readonly string[];
  readonly queueLeft: number;
  readonly deadLetters: number;
  readonly ok: boolean;
}

/**
 * Every acknowledged event stored once (table scan) and emailed once (outbox), redeliveries
 * adding neither, nothing left in the queue or its DLQ, and the API agreeing on a sample.
 */
export async function reconcile(input: {
  readonly deliveries: readonly Delivery[];
  readonly emails: readonly OutboxEmail[];
  readonly outputs: StackOutputs;
  readonly dynamoDb: DynamoDBDocumentClient;
  readonly sqs: SQSClient;
  readonly api: PaymentApiClient;
  readonly apiSample: number;
}): Promise<Reconciliation> {
  const accepted = input.deliveries.filter((d) => d.kind === 'new' && d.status === 202);
  const acceptedIds = new Set(accepted.map((d) => d.event.event_id));
  const transactions = new Set(input.deliveries.map((d) => d.event.transaction_id));

  const stored = new Map<string, number>();
  for await (const item of scan(input.dynamoDb, input.outputs.TableName)) {
    if (!transactions.has(String(item['transaction_id']))) continue;
    const eventId = String(item['event_id'] ?? '');
    stored.set(eventId, (stored.get(eventId) ?? 0) + 1);
  }

  const emailed = new Map<string, number>();
  let otherCopies = 0;
  let misrouted = 0;
  const customerOf = new Map(accepted.map((d) => [d.event.event_id, d.event.customer.email]));
  for (const email of input.emails) {
    const transactionId = attribute(email, 'transaction_id');
    if (!transactionId || !transactions.has(transactionId)) continue;
    const eventId = (attribute(email, 'notification_id') ?? '').replace(/^event:/, '');
    const customer = customerOf.get(eventId);
    if (email.recipient === customer) emailed.set(eventId, (emailed.get(eventId) ?? 0) + 1);
    else if (email.recipient.startsWith('load-')) misrouted += 1;
    else otherCopies += 1;
  }

  const countOf = (map: Map<string, number>, ids: Set<string>) => ({
    once: [...ids].filter((id) => map.get(id) === 1).length,
    missing: [...ids].filter((id) => !map.get(id)),
    more: [...ids].filter((id) => (map.get(id) ?? 0) > 1),
  });
  const storage = countOf(stored, acceptedIds);
  const notification = countOf(emailed, acceptedIds);
  const strayItems = [...stored.keys()].filter((id) => !acceptedIds.has(id));

  const apiMismatches: string[] = [];
  const sample = accepted.slice(0, input.apiSample);
  for (const delivery of sample) {
    const view = await input.api.getTransaction(delivery.event.transaction_id);
    const listed = view.ok
      ? view.body.events.filter((e) => e.event_id === delivery.event.event_id).length
      : 0;
    if (listed !== 1)
      apiMismatches.push(
        `${delivery.event.transaction_id}: HTTP ${view.status}, listed ${listed}x`,
      );
    // GET /transactions/{id} is throttled at 10/s on the stage.
    await new Promise((resolve) => setTimeout(resolve, 130));
  }

  const queueLeft = await depth(input.sqs, input.outputs.QueueUrl);
  const deadLetters = await depth(input.sqs, input.outputs.DeadLetterQueueUrl);
  const duplicatesAnswered = input.deliveries.filter(
    (d) => d.kind === 'redelivery' && d.status === 200,
  ).length;
  return {
    accepted: accepted.length,
    duplicatesAnswered,
    storedOnce: storage.once,
    storedMissing: storage.missing,
    storedMoreThanOnce: [...storage.more, ...strayItems],
    notifiedOnce: notification.once,
    notifiedMissing: notification.missing,
    notifiedMoreThanOnce: notification.more,
    otherCopies,
    misrouted,
    apiSampled: sample.length,
    apiMismatches,
    queueLeft,
    deadLetters,
    ok:
      storage.once === accepted.length &&
      strayItems.length === 0 &&
      notification.once === accepted.length &&
      misrouted === 0 &&
      apiMismatches.length === 0 &&
      queueLeft === 0 &&
      deadLetters === 0,
  };
}

async function* scan(client: DynamoDBDocumentClient, tableName: string) {
  let start: Record<string, unknown> | undefined;
  do {
    const page = await client.send(
      new ScanCommand({
        TableName: tableName,
        ProjectionExpression: 'transaction_id, event_id',
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    yield* page.Items ?? [];
    start = page.LastEvaluatedKey;
  } while (start);
}

async function depth(sqs: SQSClient, queueUrl: string): Promise<number> {
  if (!queueUrl) return 0;
  const { Attributes } = await sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: queueUrl,
      AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
    }),
  );
  return (
    Number(Attributes?.['ApproximateNumberOfMessages'] ?? 0) +
    Number(Attributes?.['ApproximateNumberOfMessagesNotVisible'] ?? 0)
  );
}
