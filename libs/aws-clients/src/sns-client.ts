import { SNSClient } from '@aws-sdk/client-sns';
import { baseClientConfig, type AwsClientOptions } from './client-options';

export function createSnsClient(options: AwsClientOptions): SNSClient {
  return new SNSClient(baseClientConfig(options));
}
