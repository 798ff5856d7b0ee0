/**
 * The environment variables that steer the suite. Kept free of path aliases: Jest's
 * globalSetup runs outside its module registry, so it can only use relative imports.
 */
export const E2E_ENV = {
  /** `local` (default) or `aws`. */
  target: 'E2E_TARGET',
  /** Outputs file: `cdk deploy --outputs-file` JSON (aws) or a local stack's outputs. */
  outputsFile: 'E2E_OUTPUTS_FILE',
  /** Local only: `start` a stack for the run, use the `running` one, or `auto` (default). */
  localStack: 'E2E_LOCAL_STACK',
  /** Domain of the customer addresses the suite invents (default example.com). */
  emailDomain: 'E2E_EMAIL_DOMAIN',
  /**
   * AWS only, required there: comma-separated customer addresses whose SNS email subscriptions
   * are already confirmed, used instead of invented ones (see setup/fixed-recipients.ts).
   */
  recipients: 'E2E_RECIPIENTS',
  /** Set by the global setup for the test files: the outputs as JSON... */
  resolvedOutputs: 'E2E_RESOLVED_OUTPUTS',
  /** ...or the file to read them from. */
  resolvedOutputsFile: 'E2E_RESOLVED_OUTPUTS_FILE',
} as const;

export type E2eTarget = 'local' | 'aws';

export const DEFAULT_LOCAL_OUTPUTS_FILE = '.local/stack-outputs.json';
