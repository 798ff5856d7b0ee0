import { createPaymentWebhooksApp } from './app';

/**
 * Entry point of `cdk synth|deploy|diff|destroy` (see cdk.json). The CDK CLI sets
 * CDK_DEFAULT_ACCOUNT from the caller's credentials; without credentials (offline synth, CI)
 * it stays unset and the template is account-agnostic, so synth never needs AWS.
 */
const account = process.env['CDK_DEFAULT_ACCOUNT'];
createPaymentWebhooksApp(account ? { account } : {}).app.synth();
