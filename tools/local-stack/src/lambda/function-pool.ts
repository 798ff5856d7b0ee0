import { randomUUID } from 'node:crypto';
import { FunctionInstance } from './function-instance';
import type { FunctionError } from './lambda-protocol';

export type InvocationResult =
  | { readonly ok: true; readonly payload: unknown }
  | { readonly ok: false; readonly error: FunctionError };

export interface FunctionPoolOptions {
  readonly functionName: string;
  /** Folder holding the bundle (LAMBDA_TASK_ROOT). */
  readonly taskRoot: string;
  readonly handler: string;
  readonly timeoutSeconds: number;
  /** The whole environment of an instance: nothing is inherited from the local stack's process. */
  readonly environment: Readonly<Record<string, string>>;
  /** Concurrent execution environments; further invocations wait for a free one. */
  readonly maxInstances: number;
  readonly log: (line: string) => void;
}

/**
 * The execution environments of one function: each instance is its own Node 24 process (its
 * own environment variables and module state, like a Lambda sandbox) running one invocation
 * at a time. Instances start on demand (cold start), are reused while warm, and are replaced
 * after a timeout or crash, as Lambda does.
 */
export class FunctionPool {
  private readonly instances = new Set<FunctionInstance>();
  private readonly idle: FunctionInstance[] = [];
  private readonly waiting: ((instance: FunctionInstance | Error) => void)[] = [];
  private stopped = false;

  constructor(private readonly options: FunctionPoolOptions) {}

  get name(): string {
    return this.options.functionName;
  }

  /** Starts one instance now so that a broken bundle shows up at start, not on first call. */
  async prewarm(): Promise<void> {
    const instance = await this.spawn();
    this.release(instance);
  }

  async invoke(event: unknown, requestId: string = randomUUID()): Promise<InvocationResult> {
    let instance: FunctionInstance;
    try {
      instance = await this.acquire();
    } catch (error) {
      // An init failure fails the invocation, as in Lambda (Runtime.ImportModuleError & co).
      const known = error as Partial<FunctionError>;
      return failure(known.errorType ?? 'Runtime.Unknown', known.errorMessage ?? String(error));
    }
    const started = Date.now();
    this.options.log(`START RequestId: ${requestId} Version: $LATEST`);
    const result = await instance.invoke(event, requestId, this.options.timeoutSeconds * 1000);
    const duration = (Date.now() - started).toFixed(2);
    if (!result.ok) {
      this.options.log(`${requestId}\t${result.error.errorType}: ${result.error.errorMessage}`);
    }
    this.options.log(`END RequestId: ${requestId}`);
    this.options.log(`REPORT RequestId: ${requestId}\tDuration: ${duration} ms`);
    if (instance.alive) this.release(instance);
    else this.replace(instance);
    return result;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const resolve of this.waiting.splice(0)) resolve(stoppedError());
    await Promise.all([...this.instances].map((instance) => instance.stop()));
    this.instances.clear();
    this.idle.length = 0;
  }

  private async acquire(): Promise<FunctionInstance> {
    if (this.stopped) throw stoppedError();
    const warm = this.idle.pop();
    if (warm) return warm;
    if (this.instances.size < this.options.maxInstances) return this.spawn();
    const next = await new Promise<FunctionInstance | Error>((resolve) =>
      this.waiting.push(resolve),
    );
    if (next instanceof Error) throw next;
    return next;
  }

  /** A dead instance frees its slot: the next waiting invocation gets a fresh instance. */
  private replace(dead: FunctionInstance): void {
    this.forget(dead);
    const next = this.waiting.shift();
    if (next) this.spawn().then(next, (error: unknown) => next(asError(error)));
  }

  private release(instance: FunctionInstance): void {
    const next = this.waiting.shift();
    if (next) next(instance);
    else this.idle.push(instance);
  }

  private async spawn(): Promise<FunctionInstance> {
    const instance = new FunctionInstance({ ...this.options, onExit: () => this.forget(instance) });
    this.instances.add(instance);
    try {
      await instance.ready;
      return instance;
    } catch (error) {
      this.instances.delete(instance);
      throw error;
    }
  }

  private forget(instance: FunctionInstance): void {
    this.instances.delete(instance);
    const index = this.idle.indexOf(instance);
    if (index >= 0) this.idle.splice(index, 1);
  }
}

function stoppedError(): Error {
  return Object.assign(new Error('the local stack is stopping'), {
    errorType: 'Local.Stopped',
    errorMessage: 'the local stack is stopping',
  });
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

function failure(errorType: string, errorMessage: string): InvocationResult {
  return { ok: false, error: { errorType, errorMessage } };
}
