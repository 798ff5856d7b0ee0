import type { AwsCredentialIdentity } from '@aws-sdk/types';

/**
 * What every client factory accepts. Callers (a Lambda's config module, a test, the local stack)
 * decide the values; this library never reads the environment.
 */
export interface AwsClientOptions {
  readonly region: string;
  /** Override endpoint, e.g. the local emulator `http://127.0.0.1:5000`. Omit for real AWS. */
  readonly endpoint?: string;
  /** Static credentials; omit to use the SDK's default provider chain (the Lambda role). */
  readonly credentials?: AwsCredentialIdentity;
  /** SDK retry attempts; defaults to the SDK's standard mode (3). */
  readonly maxAttempts?: number;
}

export function baseClientConfig(options: AwsClientOptions) {
  return {
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
    ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
  };
}
