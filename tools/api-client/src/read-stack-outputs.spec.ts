import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseStackOutputs, readStackOutputs, regionOfApiUrl } from './read-stack-outputs';

const localOutputs = {
  ApiUrl: 'http://127.0.0.1:3000/v1/',
  TableName: 'payment_transactions',
  QueueUrl: 'http://127.0.0.1:5000/123456789012/notifications',
  AwsEndpointUrl: 'http://127.0.0.1:5000',
  Region: 'us-east-2',
  AccessKeyId: 'AKIALOCALSTACK000001',
  SecretAccessKey: 'local-secret-key-do-not-use-in-aws',
  OutboxUrl: 'http://127.0.0.1:3000/_local/outbox',
};

describe('parseStackOutputs', () => {
  it('reads the local stack’s flat outputs as they are', () => {
    const outputs = parseStackOutputs(localOutputs);

    expect(outputs).toEqual(localOutputs);
  });

  it('reads the cdk --outputs-file shape nested under the stack name', () => {
    const cdkOutputs = {
      PaymentWebhooksStack: {
        ApiUrl: 'https://abc123.execute-api.us-east-2.amazonaws.com/v1/',
        TableName: 'payment_transactions',
        QueueUrl: 'https://sqs.us-east-2.amazonaws.com/111122223333/q',
      },
    };

    const outputs = parseStackOutputs(cdkOutputs);

    expect(outputs).toEqual({ ...cdkOutputs.PaymentWebhooksStack, Region: 'us-east-2' });
  });

  it('names the missing key when the file is not an outputs file', () => {
    expect(() => parseStackOutputs({ PaymentWebhooksStack: {} }, undefined, 'out.json')).toThrow(
      'out.json: PaymentWebhooksStack.ApiUrl is missing',
    );
    expect(() => parseStackOutputs([], undefined, 'out.json')).toThrow('expected a JSON object');
  });
});

describe('readStackOutputs', () => {
  it('reads and parses a file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'outputs-'));
    const file = path.join(dir, 'stack-outputs.json');
    writeFileSync(file, JSON.stringify(localOutputs));

    const outputs = readStackOutputs(file);

    expect(outputs.ApiUrl).toBe(localOutputs.ApiUrl);
  });

  it('says which file it could not read', () => {
    expect(() => readStackOutputs('/nonexistent/stack-outputs.json')).toThrow(
      'Cannot read stack outputs from /nonexistent/stack-outputs.json',
    );
  });
});

describe('regionOfApiUrl', () => {
  it('finds the region of an execute-api URL and nothing in a local one', () => {
    expect(regionOfApiUrl('https://a1.execute-api.eu-west-1.amazonaws.com/v1/')).toBe('eu-west-1');
    expect(regionOfApiUrl('http://127.0.0.1:3000/v1/')).toBeUndefined();
  });
});
