import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { stackSettingsFromContext } from './settings/stack-settings';
import { PaymentWebhooksStack } from './stacks/payment-webhooks-stack';

/** The design fixes the region; only the account varies between deployments. */
export const STACK_REGION = 'us-east-2';
export const STACK_NAME = 'PaymentWebhooksStack';

export interface PaymentWebhooksAppOptions {
  /**
   * Target account. Unset, the stack is account-agnostic (`AWS::AccountId` in the template),
   * which is what an offline synth produces.
   * @default - resolved at deploy time
   */
  readonly account?: string;
  /**
   * Context, as `cdk.json` and `-c` give it to the CLI-run app.
   * @default - whatever the CDK CLI passed through the environment
   */
  readonly context?: Record<string, unknown>;
  /**
   * @default - the CLI's output folder, or a temporary one
   */
  readonly outdir?: string;
  /**
   * @default `<workspace>/dist/apps`
   */
  readonly bundlesDirectory?: string;
}

/**
 * The CDK app with its one stack and the cdk-nag packs (AwsSolutions, Serverless) registered
 * as policy-validation plugins: any unacknowledged finding fails the synthesis.
 */
export function createPaymentWebhooksApp(options: PaymentWebhooksAppOptions = {}): {
  app: App;
  stack: PaymentWebhooksStack;
} {
  const app = new App({
    ...(options.context ? { context: options.context } : {}),
    ...(options.outdir ? { outdir: options.outdir } : {}),
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
  const stack = new PaymentWebhooksStack(app, STACK_NAME, {
    env: { account: options.account, region: STACK_REGION },
    description:
      'Payment webhooks: API Gateway (SigV4) -> Lambda -> DynamoDB/SQS -> Lambda -> SNS email',
    settings: stackSettingsFromContext(app.node),
    ...(options.bundlesDirectory ? { bundlesDirectory: options.bundlesDirectory } : {}),
  });
  return { app, stack };
}
