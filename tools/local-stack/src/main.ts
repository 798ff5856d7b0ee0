/**
 * `npm start`: builds what is needed, starts the local stack, prints how to call it, and
 * stops every process it started on Ctrl-C or SIGTERM.
 */
import { webhookEventExamples } from '@payments/contracts';
import path from 'node:path';
import { banner } from './console/banner';
import { startLocalStack, type LocalStack } from './start-local-stack';

async function main(): Promise<void> {
  const started = startLocalStack({ echoLogs: process.env['LOCAL_QUIET'] !== 'true' });
  let stopping = false;
  const shutdown = async (signal: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the local stack...`);
    // A signal during start-up waits for it, so nothing it started is left behind.
    const stack: LocalStack | undefined = await started.catch(() => undefined);
    await stack?.stop();
    console.log('stopped.');
    process.exit(exitCode);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => void shutdown(signal));
  }
  // Whoever started us (npm, tsx) may be killed outright; then nobody would ever stop the stack.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void shutdown('parent process gone');
  }, 2000).unref();
  process.on('uncaughtException', (error) => {
    console.error(error);
    void shutdown('uncaught exception', 1);
  });
  const stack = await started;
  if (stopping) return;
  const relativeOutputs = path.relative(process.cwd(), stack.outputsFile);
  console.log(banner(stack.outputs, relativeOutputs, webhookEventExamples()['payment.succeeded']));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
