import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fromRoot, nodeBinary, WORK_DIR } from '../shared/workspace';
import type { LocalStackOutputs } from '../../../tools/local-stack/src/stack/stack-outputs';
import type { AwsCallRecord } from './aws-call-record';
import { MotoRecorder } from './moto-recorder';

export interface CallCounter {
  start(): Promise<void>;
  /** The calls since start() and where they were counted. */
  stop(): Promise<{ readonly calls: AwsCallRecord[]; readonly source: CallSource }>;
}

export type CallSource = 'local-stack onAwsCall hook' | 'moto request recorder';

/** The outputs the local stack publishes (`.local/stack-outputs.json`), as it defines them. */
export type StackOutputs = LocalStackOutputs;

export interface LocalStackSession {
  readonly outputs: StackOutputs;
  /** Counts the AWS calls of a window: the stack's `onAwsCall` hook if it has one, else moto's recorder. */
  readonly calls: CallCounter;
  /** Where moto records every request it serves while recording is on (JSON lines). */
  readonly recordingFile: string;
  /** Function log files (`<source>.log`), what CloudWatch Logs would ingest. */
  readonly logDirectory: string;
  stop(): Promise<void>;
}

export class LocalStackUnavailable extends Error {
  override readonly name = 'LocalStackUnavailable';
}

const STACK_ENTRY = fromRoot('tools/local-stack/src/start-local-stack.ts');

/**
 * Starts tools/local-stack in a child process (moto, the real bundles behind the local gateway,
 * the SQS event source, the outbox) from artifacts already built, and arranges for moto to
 * record requests into tmp/bench, which is how AWS calls are counted without touching the
 * stack's code: moto inherits MOTO_RECORDER_FILEPATH from the environment.
 */
export async function startLocalStackSession(options: {
  readonly log: (line: string) => void;
  readonly visibilityTimeoutSeconds?: number;
}): Promise<LocalStackSession> {
  if (!existsSync(STACK_ENTRY)) {
    throw new LocalStackUnavailable(`${path.relative(fromRoot(), STACK_ENTRY)} does not exist yet`);
  }
  const recordingDir = path.join(WORK_DIR, 'moto');
  mkdirSync(recordingDir, { recursive: true });
  const recordingFile = path.join(recordingDir, 'recording.jsonl');
  rmSync(recordingFile, { force: true });

  // Its own state directory (outputs, outbox, logs): a developer's `npm start` keeps .local.
  const stateDirectory = path.join(WORK_DIR, 'local-stack');
  // Emails of earlier runs would only make every outbox listing longer.
  rmSync(path.join(stateDirectory, 'outbox'), { recursive: true, force: true });
  const child = fork(
    path.join(__dirname, 'stack-child.ts'),
    [
      JSON.stringify({
        port: 0,
        build: false,
        echoLogs: false,
        stateDirectory,
        ...(options.visibilityTimeoutSeconds !== undefined
          ? { visibilityTimeoutSeconds: options.visibilityTimeoutSeconds }
          : {}),
      }),
    ],
    {
      execPath: nodeBinary(),
      execArgv: ['--import', 'tsx'],
      cwd: fromRoot(),
      env: {
        ...process.env,
        TSX_TSCONFIG_PATH: fromRoot('bench/tsconfig.json'),
        MOTO_RECORDER_FILEPATH: recordingFile,
        // Recording starts when the harness asks, not while the stack provisions itself.
        MOTO_ENABLE_RECORDING: '',
      },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-8000);
  });
  child.stdout?.resume();

  const outputs = await new Promise<StackOutputs>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`local stack did not start in 180 s:\n${stderr}`)),
      180_000,
    );
    child.on('message', (message: { type: string; outputs?: StackOutputs; message?: string }) => {
      clearTimeout(timer);
      if (message.type === 'ready' && message.outputs) resolve(message.outputs);
      else reject(new LocalStackUnavailable(`local stack failed to start: ${message.message}`));
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new LocalStackUnavailable(`local stack exited with ${code}:\n${stderr}`));
    });
  });
  options.log(`local stack up: API ${outputs.ApiUrl}, AWS endpoint ${outputs.AwsEndpointUrl}`);
  const recorder = new MotoRecorder(outputs.AwsEndpointUrl, recordingFile);
  const calls: CallCounter = {
    async start() {
      child.send({ type: 'calls-start' });
      await recorder.start();
    },
    async stop() {
      await recorder.stop();
      const hooked = await new Promise<AwsCallRecord[]>((resolve) => {
        const onMessage = (message: { type: string; calls?: AwsCallRecord[] }) => {
          if (message.type !== 'calls') return;
          child.off('message', onMessage);
          resolve(message.calls ?? []);
        };
        child.on('message', onMessage);
        child.send({ type: 'calls-stop' });
      });
      // A stack without the hook reports nothing: fall back to what moto recorded.
      return hooked.length > 0
        ? { calls: hooked, source: 'local-stack onAwsCall hook' }
        : { calls: recorder.calls(), source: 'moto request recorder' };
    },
  };
  return {
    outputs,
    calls,
    recordingFile,
    // A stack without the stateDirectory option writes to .local.
    logDirectory: existsSync(path.join(stateDirectory, 'logs'))
      ? path.join(stateDirectory, 'logs')
      : fromRoot('.local/logs'),
    stop: () => stopChild(child),
  };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.send({ type: 'stop' });
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
}
