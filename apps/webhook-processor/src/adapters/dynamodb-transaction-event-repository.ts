import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { EventIdGuardItem, EventItem } from '@payments/contracts/lambda';
import type {
  InsertEventResult,
  ReserveEventIdResult,
  StoredEventSummary,
  TransactionEventRepository,
} from '../ports/transaction-event-repository';

type RawItem = Record<string, AttributeValue>;

/**
 * Conditional put on the event's own key: DynamoDB, not a read-then-write, decides which of two
 * concurrent deliveries stores the item. The failed condition returns the stored item
 * (`ReturnValuesOnConditionCheckFailure`), so a duplicate costs no extra read; a strongly
 * consistent GetItem covers an answer that does not carry it.
 */
export class DynamoDbTransactionEventRepository implements TransactionEventRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async reserveEventId(guard: EventIdGuardItem): Promise<ReserveEventIdResult> {
    const stored = await this.putIfAbsent(guard);
    if (stored === 'inserted') return { reserved: true };
    const existing = summaryOf(stored.Item) ?? (await this.readStored(guard));
    return { reserved: false, existing };
  }

  async insertIfAbsent(item: EventItem): Promise<InsertEventResult> {
    const stored = await this.putIfAbsent(item);
    if (stored === 'inserted') return { inserted: true };
    const existing = summaryOf(stored.Item) ?? (await this.readStored(item));
    return { inserted: false, existing };
  }

  /** Returns the rejected put's error (carrying the stored item) when the key is taken. */
  private async putIfAbsent(
    item: EventItem | EventIdGuardItem,
  ): Promise<'inserted' | (Error & { Item?: RawItem })> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: item,
          ConditionExpression: 'attribute_not_exists(transaction_id)',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return 'inserted';
    } catch (error) {
      if (!isConditionalCheckFailure(error)) throw error;
      return error;
    }
  }

  private async readStored(item: EventItem | EventIdGuardItem): Promise<StoredEventSummary> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { transaction_id: item.transaction_id, timestamp: item.timestamp },
        ConsistentRead: true,
        ProjectionExpression: 'payload_sha256, notified_at',
      }),
    );
    if (typeof Item?.['payload_sha256'] !== 'string') {
      throw new Error(
        `Conditional put on ${item.transaction_id}/${item.timestamp} failed but no item with a payload hash is readable there`,
      );
    }
    const notifiedAt = Item['notified_at'];
    return {
      payload_sha256: Item['payload_sha256'],
      ...(typeof notifiedAt === 'string' ? { notified_at: notifiedAt } : {}),
    };
  }
}

function isConditionalCheckFailure(error: unknown): error is Error & { Item?: RawItem } {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

/** The item on the exception is in wire format (the document client does not unmarshall it). */
function summaryOf(raw: RawItem | undefined): StoredEventSummary | undefined {
  const hash = raw?.['payload_sha256']?.S;
  if (!hash) return undefined;
  const notifiedAt = raw?.['notified_at']?.S;
  return { payload_sha256: hash, ...(notifiedAt ? { notified_at: notifiedAt } : {}) };
}
