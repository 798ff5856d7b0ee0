import { defaultProvider } from '@aws-sdk/credential-provider-node';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';
import type { StackOutputs } from './stack-outputs';

export type CredentialSource = AwsCredentialIdentity | AwsCredentialIdentityProvider;

/**
 * The local stack publishes the static identity its gateway accepts; a deployed stack is called
 * with whatever the standard AWS chain finds (environment, profile, SSO, instance role).
 */
export function credentialsFor(outputs: StackOutputs): CredentialSource {
  if (outputs.AccessKeyId && outputs.SecretAccessKey) {
    return { accessKeyId: outputs.AccessKeyId, secretAccessKey: outputs.SecretAccessKey };
  }
  return standardCredentialChain();
}

export function standardCredentialChain(): AwsCredentialIdentityProvider {
  return defaultProvider();
}
