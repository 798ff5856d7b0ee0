/**
 * Runs the local stack in its own process, so its gateway, endpoint proxy and event source do
 * not share an event loop (or a CPU core) with the load generator measuring them.
 * Protocol over IPC: sends `{type:'ready', outputs}` or `{type:'failed', message}`; stops on
 * `{type:'stop'}`, SIGTERM or the parent going away.
 */
import path from 'node:path';

interface LocalStackHandle {
  readonly outputs: Record<string, string | undefined>;
  stop(): Promise<void>;
}

type StartLocalStack = (options: Record<string, unknown>) => Promise<LocalStackHandle>;

const entry = path.resolve(__dirname, '../../../tools/local-stack/src/start-local-stack');

async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2] ?? '{}') as Record<string, unknown>;
  const { startLocalStack } = require(entry) as { startLocalStack: StartLocalStack };
  const stack = await startLocalStack(options);
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= stack.stop().finally(() => process.exit(0));
    return stopping;
  };
  process.on('message', (message: { type?: string }) => {
    if (message?.type === 'stop') void stop();
  });
  process.on('SIGTERM', () => void stop());
  process.on('disconnect', () => void stop());
  process.send?.({ type: 'ready', outputs: stack.outputs });
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.send?.({ type: 'failed', message }, () => process.exit(1));
});
