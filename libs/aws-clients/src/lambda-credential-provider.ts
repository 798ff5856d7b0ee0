/**
 * Bundler alias target for `@aws-sdk/credential-provider-node` in the Lambda bundles (see each
 * Lambda's project.json `esbuildOptions.alias`). Lambda hands the execution role's credentials to
 * the function in environment variables, so the default chain's other links (shared ini files,
 * SSO, process, web identity, IMDS/ECS) and the STS/SSO clients they load are dead weight in the
 * bundle and at init: measured by `npm run bench` at about 130 KB and 6-9 ms per cold start.
 * Anything that is not a Lambda bundle (tests, the CLI, the local stack) keeps the full chain.
 */
import { fromEnv } from '@aws-sdk/credential-provider-env';

export const defaultProvider = (init: Parameters<typeof fromEnv>[0] = {}) => fromEnv(init);
