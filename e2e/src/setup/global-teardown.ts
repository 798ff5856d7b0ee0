import { RUNNING_STACK_KEY } from './global-setup';
import type { RunningLocalStack } from './local-stack-for-run';

export default async function globalTeardown(): Promise<void> {
  const stack = (globalThis as Record<string, unknown>)[RUNNING_STACK_KEY] as
    | RunningLocalStack
    | undefined;
  await stack?.stop();
}
