import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { InvocationResult } from './function-pool';
import type { FunctionError, InstanceMessage, InvokeMessage } from './lambda-protocol';

export interface FunctionInstanceOptions {
  readonly taskRoot: string;
  readonly handler: string;
  readonly environment: Readonly<Record<string, string>>;
  readonly log: (line: string) => void;
  readonly onExit: () => void;
}

const workspaceRoot = path.resolve(__dirname, '../../../..');
const runtimeScript = path.join(__dirname, 'lambda-runtime.mts');

/** The project's Node 24 (the `node` dev dependency), i.e. the nodejs24.x runtime. */
export function lambdaNodeBinary(): string {
  const projectNode = path.join(workspaceRoot, 'node_modules/.bin/node');
  return existsSync(projectNode) ? projectNode : process.execPath;
}

/** One execution environment: a child process running lambda-runtime.mts. */
export class FunctionInstance {
  readonly ready: Promise<void>;
  private readonly child: ChildProcess;
  private pending?: { requestId: string; resolve: (result: InvocationResult) => void };
  private exited = false;
  private killed = false;

  constructor(options: FunctionInstanceOptions) {
    this.child = spawn(
      lambdaNodeBinary(),
      ['--disable-warning=ExperimentalWarning', runtimeScript],
      {
        cwd: options.taskRoot,
        env: {
          ...options.environment,
          LAMBDA_TASK_ROOT: options.taskRoot,
          _HANDLER: options.handler,
        },
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      },
    );
    for (const stream of [this.child.stdout, this.child.stderr]) {
      if (stream) createInterface({ input: stream }).on('line', options.log);
    }
    this.ready = new Promise((resolve, reject) => {
      this.child.on('message', (message: InstanceMessage) => {
        if (message.type === 'ready') resolve();
        else if (message.type === 'init-error') reject(message.error);
        else if (this.pending?.requestId === message.requestId) {
          const { resolve: settle } = this.pending;
          this.pending = undefined;
          settle(
            message.type === 'result'
              ? { ok: true, payload: message.payload }
              : { ok: false, error: message.error },
          );
        }
      });
      this.child.on('exit', (code, signal) => {
        this.exited = true;
        const error: FunctionError = {
          errorType: 'Runtime.ExitError',
          errorMessage: `RequestId: ${this.pending?.requestId ?? '-'} Error: Runtime exited with error: ${signal ?? `exit status ${code}`}`,
        };
        reject(error);
        this.pending?.resolve({ ok: false, error });
        this.pending = undefined;
        options.onExit();
      });
    });
    this.ready.catch(() => undefined);
  }

  get alive(): boolean {
    return !this.exited && !this.killed;
  }

  /** Runs one invocation; on timeout the environment is destroyed, as Lambda does. */
  invoke(event: unknown, requestId: string, timeoutMs: number): Promise<InvocationResult> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending = undefined;
        this.killed = true;
        this.child.kill('SIGKILL');
        resolve({
          ok: false,
          error: {
            errorType: 'Sandbox.Timedout',
            errorMessage: `RequestId: ${requestId} Error: Task timed out after ${(timeoutMs / 1000).toFixed(2)} seconds`,
          },
        });
      }, timeoutMs);
      this.pending = {
        requestId,
        resolve: (result) => {
          clearTimeout(timer);
          resolve(result);
        },
      };
      const message: InvokeMessage = {
        type: 'invoke',
        requestId,
        event,
        deadlineMs: Date.now() + timeoutMs,
        traceId: traceHeader(),
      };
      this.child.send(message);
    });
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 2000);
    await exited;
    clearTimeout(timer);
  }
}

/** `Root=1-<epoch hex>-<24 hex>;Parent=<16 hex>;Sampled=0`, the shape X-Ray SDKs parse. */
function traceHeader(): string {
  const hex = (n: number) =>
    Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join('');
  const epoch = Math.floor(Date.now() / 1000).toString(16);
  return `Root=1-${epoch}-${hex(24)};Parent=${hex(16)};Sampled=0`;
}
