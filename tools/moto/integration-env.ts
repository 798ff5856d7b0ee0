import type { AwsClientOptions } from '@payments/aws-clients';

/** Client options pointing at the moto server started by the integration global setup. */
export function motoClientOptions(): AwsClientOptions {
  const endpoint = process.env['MOTO_ENDPOINT'];
  if (!endpoint)
    throw new Error('MOTO_ENDPOINT is not set: run through jest.integration.config.js');
  return {
    region: 'us-east-2',
    endpoint,
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
  };
}
