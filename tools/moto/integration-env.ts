import type { AwsClientOptions } from '@payments/aws-clients';

/**
 * Client options for the moto server that jest.integration.config.js starts (its global setup
 * exports MOTO_ENDPOINT to the workers).
 */
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
