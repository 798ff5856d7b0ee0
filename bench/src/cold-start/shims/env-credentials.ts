/**
 * Stands in for `@aws-sdk/credential-provider-node` in a Lambda bundle. Lambda hands the execution
 * role's credentials to the function in environment variables, so the provider chain's other
 * links (shared ini files, SSO, process, web identity, IMDS/ECS, login) and the STS/SSO clients
 * they load are dead weight in the bundle and at init.
 */
import { fromEnv } from '@aws-sdk/credential-provider-env';

export const defaultProvider = (init: Parameters<typeof fromEnv>[0] = {}) => fromEnv(init);
