import { CreateTableCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { PARTITION_KEY, SORT_KEY, TABLE_NAME } from '@payments/contracts';
import { uniqueName } from './unique-name';

/**
 * Creates a table with the storage contract's key schema, under a unique name unless one is
 * given, and returns its name.
 */
export async function createTransactionsTable(
  client: DynamoDBDocumentClient,
  tableName: string = uniqueName(TABLE_NAME),
): Promise<string> {
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [
        { AttributeName: PARTITION_KEY, AttributeType: 'S' },
        { AttributeName: SORT_KEY, AttributeType: 'S' },
      ],
      KeySchema: [
        { AttributeName: PARTITION_KEY, KeyType: 'HASH' },
        { AttributeName: SORT_KEY, KeyType: 'RANGE' },
      ],
    }),
  );
  return tableName;
}
