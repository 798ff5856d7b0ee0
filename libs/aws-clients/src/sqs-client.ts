import { SQSClient } from '@aws-sdk/client-sqs';
import { baseClientConfig, type AwsClientOptions } from './client-options';

export function createSqsClient(options: AwsClientOptions): SQSClient {
  return new SQSClient(baseClientConfig(options));
}
