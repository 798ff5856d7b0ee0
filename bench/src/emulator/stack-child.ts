/**
 * Runs the local stack in its own process, so its gateway, endpoint proxy and event source do
 * not share an event loop (or a CPU core) with the load generator measuring them.
 *
 * IPC protocol: sends `{type:'ready', outputs}` or `{type:'failed', message}`; on
 * `{type:'calls-start'}` starts collecting the AWS calls the stack reports through its
 * `onAwsCall` option (when it has one), on `{type:'calls-stop'}` answers `{type:'calls', calls}`;
 * stops on `{type:'stop'}`, SIGTERM or the parent going away.
 */
import path from 'node:path';
import type { AwsCallRecord } from './aws-call-record';
import { callerOf } from './aws-call-record';

interface LocalStackHandle {
  readonly outputs: Record<string, string | undefined>;
  stop(): Promise<void>;
}

/** The observer option the harness asks tools/local-stack for (see BENCHMARKS.md). */
type OnAwsCall = (
  call: { service: string; action: string; params: Record<string, unknown> },
  context: { userAgent?: string; requestBytes?: number; status?: number },
) => void;

type StartLocalStack = (
  options: Record<string, unknown> & { onAwsCall?: OnAwsCall },
) => Promise<LocalStackHandle>;

const entry = path.resolve(__dirname, '../../../tools/local-stack/src/start-local-stack');

async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2] ?? '{}') as Record<string, unknown>;
  let collecting = false;
  const calls: AwsCallRecord[] = [];
  const onAwsCall: OnAwsCall = (call, context) => {
    if (!collecting) return;
    calls.push({
      caller: callerOf(context.userAgent ?? ''),
      service: call.service,
      action: call.action,
      requestBytes: context.requestBytes ?? 0,
      params: call.params,
    });
  };
  const { startLocalStack } = require(entry) as { startLocalStack: StartLocalStack };
  const stack = await startLocalStack({ ...options, onAwsCall });
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= stack.stop().finally(() => process.exit(0));
    return stopping;
  };
  process.on('message', (message: { type?: string }) => {
    if (message?.type === 'stop') void stop();
    if (message?.type === 'calls-start') {
      calls.length = 0;
      collecting = true;
    }
    if (message?.type === 'calls-stop') {
      collecting = false;
      process.send?.({ type: 'calls', calls });
    }
  });
  process.on('SIGTERM', () => void stop());
  process.on('disconnect', () => void stop());
  process.send?.({ type: 'ready', outputs: stack.outputs });
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.send?.({ type: 'failed', message }, () => process.exit(1));
});
