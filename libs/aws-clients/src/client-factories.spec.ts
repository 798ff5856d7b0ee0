import { createDynamoDbDocumentClient } from './dynamodb-document-client';
import { createSnsClient } from './sns-client';
import { createSqsClient } from './sqs-client';

const local = {
  region: 'us-east-2',
  endpoint: 'http://127.0.0.1:5999',
  credentials: { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' },
};

describe('client factories', () => {
  it.each([
    ['SQS', () => createSqsClient(local)],
    ['SNS', () => createSnsClient(local)],
    ['DynamoDB', () => createDynamoDbDocumentClient(local)],
  ])('%s client uses the given region, endpoint and credentials', async (_name, create) => {
    const client = create();

    const region = await client.config.region();
    const endpoint = await client.config.endpoint?.();
    const credentials = await client.config.credentials();

    expect(region).toBe('us-east-2');
    expect(endpoint?.hostname).toBe('127.0.0.1');
    expect(endpoint?.port).toBe(5999);
    expect(credentials.accessKeyId).toBe('AKIDLOCAL');
  });

  it('leaves the endpoint to the SDK when none is given', async () => {
    const client = createSqsClient({ region: 'us-east-2' });

    expect(client.config.endpoint).toBeUndefined();
    expect(client.config.maxAttempts).toBeDefined();
  });
});
