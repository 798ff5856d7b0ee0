import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { E2E_ENV } from './e2e-environment';
import { fixedRecipientsFor } from './fixed-recipients';
import { startLocalStackForRun, type RunningLocalStack } from './local-stack-for-run';
import { resolvePlan } from './resolve-plan';

export const RUNNING_STACK_KEY = '__E2E_LOCAL_STACK__';

/**
 * Chooses the stack (see resolve-plan.ts), starts a local one when asked, and hands its outputs
 * to the test files through the environment (workers are forked after this runs).
 */
export default async function globalSetup(): Promise<void> {
  const plan = resolvePlan(process.env, (file) => existsSync(file));
  if (plan.kind === 'use-outputs' && plan.target === 'aws') {
    // Before anything is sent: without confirmed recipients no notification is ever sent.
    const recipients = fixedRecipientsFor('aws', process.env);
    console.log(`\n[e2e] customer addresses from ${E2E_ENV.recipients}: ${recipients?.join(', ')}`);
  } else if (process.env[E2E_ENV.recipients]) {
    console.log(
      `\n[e2e] ${E2E_ENV.recipients} is for aws runs; a local run invents its addresses ` +
        '(its outbox counts emails per address, which needs an address per test).',
    );
  }
  if (plan.kind === 'use-outputs') {
    const file = path.resolve(plan.file);
    if (!existsSync(file)) throw new Error(`[e2e] outputs file not found: ${file}`);
    const silence = plan.target === 'local' ? await localStackSilence(file) : undefined;
    if (silence === undefined) {
      process.env[E2E_ENV.target] = plan.target;
      process.env[E2E_ENV.resolvedOutputsFile] = file;
      console.log(`\n[e2e] target ${plan.target}, outputs from ${file}`);
      return;
    }
    if (!plan.startIfSilent) {
      throw new Error(
        `[e2e] ${silence}. Start it with \`npm start\`, or let the suite start its own: ` +
          `${E2E_ENV.localStack}=start npm run e2e`,
      );
    }
    console.log(`\n[e2e] ${silence}; starting a local stack for this run instead`);
  }
  const stack: RunningLocalStack = await startLocalStackForRun();
  (globalThis as Record<string, unknown>)[RUNNING_STACK_KEY] = stack;
  process.env[E2E_ENV.target] = 'local';
  process.env[E2E_ENV.resolvedOutputs] = JSON.stringify(stack.outputs);
  console.log(`\n[e2e] started a local stack for this run at ${stack.outputs['ApiUrl']}`);
}

/** Why the local stack of an outputs file does not answer (stopped, stale file), or undefined. */
async function localStackSilence(file: string): Promise<string | undefined> {
  const apiUrl = (JSON.parse(readFileSync(file, 'utf8')) as { ApiUrl?: string }).ApiUrl;
  if (!apiUrl) return `${file} has no ApiUrl`;
  try {
    await fetch(apiUrl, { signal: AbortSignal.timeout(5000) });
    return undefined;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return `the local stack of ${file} does not answer at ${apiUrl} (${reason})`;
  }
}
