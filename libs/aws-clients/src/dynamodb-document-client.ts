import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { baseClientConfig, type AwsClientOptions } from './client-options';

/** Document client that drops `undefined` attributes instead of failing the write. */
export function createDynamoDbDocumentClient(options: AwsClientOptions): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(new DynamoDBClient(baseClientConfig(options)), {
    marshallOptions: { removeUndefinedValues: true },
  });
}
