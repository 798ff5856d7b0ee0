import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { EventItem } from '@payments/contracts';
import type {
  InsertEventResult,
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

  async insertIfAbsent(item: EventItem): Promise<InsertEventResult> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: item,
          ConditionExpression: 'attribute_not_exists(transaction_id)',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return { inserted: true };
    } catch (error) {
      if (!isConditionalCheckFailure(error)) throw error;
      const existing = summaryOf(error.Item) ?? (await this.readStored(item));
      return { inserted: false, existing };
    }
  }

  private async readStored(item: EventItem): Promise<StoredEventSummary> {
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
        `Conditional put on ${item.transaction_id}/${item.timestamp} failed but no event item is readable there`,
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
