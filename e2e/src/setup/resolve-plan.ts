import { DEFAULT_LOCAL_OUTPUTS_FILE, E2E_ENV, type E2eTarget } from './e2e-environment';

export type E2ePlan =
  /** Start a local stack for this run and stop it afterwards. */
  | { readonly kind: 'start-local' }
  /** Run against a stack that is already up, described by an outputs file. */
  | {
      readonly kind: 'use-outputs';
      readonly target: E2eTarget;
      readonly file: string;
      /** The file may be stale (a stopped `npm start`): start a stack if it does not answer. */
      readonly startIfSilent?: boolean;
    };

type Environment = Readonly<Record<string, string | undefined>>;

/**
 * Decides what the run targets:
 * - `E2E_TARGET=aws`: the deployed stack of `E2E_OUTPUTS_FILE` (required).
 * - local, `E2E_LOCAL_STACK=start`: a fresh local stack; `=running`: the outputs file of one
 *   that is already running (`npm start`).
 * - local, `auto`: `npm test` starts its own stack (its redrive settings must be fast and its
 *   state must not depend on a developer's session); otherwise the stack of the outputs file
 *   when it answers, else a stack started for the run.
 */
export function resolvePlan(env: Environment, fileExists: (file: string) => boolean): E2ePlan {
  const target = env[E2E_ENV.target] ?? 'local';
  if (target === 'aws') {
    const file = env[E2E_ENV.outputsFile];
    if (!file) {
      throw new Error(
        `${E2E_ENV.target}=aws needs ${E2E_ENV.outputsFile}: the JSON written by \`cdk deploy --outputs-file\` (npx nx run infra:deploy).`,
      );
    }
    return { kind: 'use-outputs', target: 'aws', file };
  }
  if (target !== 'local') {
    throw new Error(`${E2E_ENV.target} must be local or aws (got "${target}").`);
  }
  const file = env[E2E_ENV.outputsFile] ?? DEFAULT_LOCAL_OUTPUTS_FILE;
  const mode = env[E2E_ENV.localStack] ?? 'auto';
  switch (mode) {
    case 'start':
      return { kind: 'start-local' };
    case 'running':
      return { kind: 'use-outputs', target: 'local', file };
    case 'auto':
      if (env['npm_lifecycle_event'] === 'test') return { kind: 'start-local' };
      return fileExists(file)
        ? { kind: 'use-outputs', target: 'local', file, startIfSilent: true }
        : { kind: 'start-local' };
    default:
      throw new Error(`${E2E_ENV.localStack} must be start, running or auto (got "${mode}").`);
  }
}
