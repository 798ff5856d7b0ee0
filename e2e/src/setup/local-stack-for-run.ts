import path from 'node:path';

/** The slice of the local stack's API this suite uses (tools/local-stack). */
export interface RunningLocalStack {
  readonly outputs: Record<string, string>;
  stop(): Promise<void>;
}

interface LocalStackModule {
  startLocalStack(options: {
    port?: number;
    env?: Record<string, string>;
    stateDirectory?: string;
  }): Promise<RunningLocalStack>;
}

const LOCAL_STACK_ENTRY = path.resolve(
  __dirname,
  '../../../tools/local-stack/src/start-local-stack',
);

/**
 * Starts a local stack for this run on free ports, with a short queue visibility timeout so a
 * poison job reaches the DLQ after maxReceiveCount in seconds rather than 25 minutes, and with
 * its own state directory so a developer's `npm start` outputs and outbox stay untouched.
 *
 * Loaded by path at run time: Jest's globalSetup runs outside its module registry (no path
 * aliases there), and the local stack is another project that the suite drives, not a library
 * it builds on.
 */
export async function startLocalStackForRun(): Promise<RunningLocalStack> {
  const localStack = require(LOCAL_STACK_ENTRY) as LocalStackModule;
  return localStack.startLocalStack({
    port: 0,
    env: { LOCAL_SQS_VISIBILITY_TIMEOUT_SECONDS: '2' },
    stateDirectory: '.local/e2e',
  });
}
