import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { StoredTransactionItem } from '../domain/stored-transaction-item';
import type { TransactionItemRepository } from '../ports/transaction-item-repository';

/**
 * One Query on the partition key (never a Scan), strongly consistent so a read right after an
 * accepted webhook sees it, following `LastEvaluatedKey` past DynamoDB's 1 MB page size.
 * Ascending sort-key order is event-time order for event items.
 */
export class DynamoDbTransactionItemRepository implements TransactionItemRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async findByTransactionId(transactionId: string): Promise<readonly StoredTransactionItem[]> {
    const items: StoredTransactionItem[] = [];
    let exclusiveStartKey: Record<string, unknown> | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'transaction_id = :id',
          ExpressionAttributeValues: { ':id': transactionId },
          ConsistentRead: true,
          ExclusiveStartKey: exclusiveStartKey,
        }),
      );
      items.push(...((page.Items ?? []) as StoredTransactionItem[]));
      exclusiveStartKey = page.LastEvaluatedKey;
    } while (exclusiveStartKey);
    return items;
  }
}
