import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { PARTITION_KEY } from '@payments/contracts';

/** Every item of one partition, read consistently: what the table holds right now. */
export async function partitionItems(
  client: DynamoDBDocumentClient,
  tableName: string,
  partitionKey: string,
): Promise<Record<string, unknown>[]> {
  const { Items } = await client.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: `${PARTITION_KEY} = :t`,
      ExpressionAttributeValues: { ':t': partitionKey },
      ConsistentRead: true,
    }),
  );
  return Items ?? [];
}
