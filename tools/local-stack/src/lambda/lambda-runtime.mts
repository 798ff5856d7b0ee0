/**
 * One Lambda execution environment: loads the bundle named by LAMBDA_TASK_ROOT + _HANDLER once
 * (init), then runs one invocation at a time on request from the function pool. Run by the
 * project's Node 24 (nodejs24.x) with type stripping, so it imports nothing but Node built-ins.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FunctionError, InstanceMessage, InvokeMessage } from './lambda-protocol';

type Handler = (
  event: unknown,
  context: object,
  callback?: (error: unknown, result?: unknown) => void,
) => unknown;

const taskRoot = process.env['LAMBDA_TASK_ROOT'] ?? process.cwd();
const [moduleName, exportName] = (process.env['_HANDLER'] ?? 'index.handler').split('.') as [
  string,
  string,
];
let current: InvokeMessage | undefined;

function send(message: InstanceMessage): void {
  process.send?.(message);
}

function toError(error: unknown): FunctionError {
  if (error instanceof Error) {
    return {
      errorType: error.name,
      errorMessage: error.message,
      stackTrace: (error.stack ?? '')
        .split('\n')
        .slice(1)
        .map((l) => l.trim()),
    };
  }
  return { errorType: 'Error', errorMessage: String(error) };
}

function run(handler: Handler, message: InvokeMessage): Promise<unknown> {
  const context = {
    functionName: process.env['AWS_LAMBDA_FUNCTION_NAME'],
    functionVersion: process.env['AWS_LAMBDA_FUNCTION_VERSION'],
    invokedFunctionArn: process.env['LOCAL_LAMBDA_FUNCTION_ARN'],
    memoryLimitInMB: process.env['AWS_LAMBDA_FUNCTION_MEMORY_SIZE'],
    awsRequestId: message.requestId,
    logGroupName: process.env['AWS_LAMBDA_LOG_GROUP_NAME'],
    logStreamName: process.env['AWS_LAMBDA_LOG_STREAM_NAME'],
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, message.deadlineMs - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
  return new Promise((resolve, reject) => {
    const callback = (error: unknown, result?: unknown) =>
      error ? reject(error) : resolve(result);
    const returned = handler(message.event, context, callback);
    if (returned && typeof (returned as Promise<unknown>).then === 'function') {
      (returned as Promise<unknown>).then(resolve, reject);
    } else if (handler.length < 3) {
      resolve(returned);
    }
  });
}

// Like the Lambda Node.js runtime: an error escaping the handler's promise chain fails the
// invocation in progress and ends this execution environment.
function crash(error: unknown): void {
  if (current) send({ type: 'error', requestId: current.requestId, error: toError(error) });
  else send({ type: 'init-error', error: toError(error) });
  process.exit(1);
}
process.on('uncaughtException', crash);
// The pool owns this environment: when the local stack goes away, so does the environment.
process.on('disconnect', () => process.exit(0));
process.on('unhandledRejection', crash);

/**
 * The handler module as the Node.js runtime finds it: `<module>.js`, `.mjs` or `.cjs`, in that
 * order.
 */
function handlerModuleFile(root: string, name: string): string {
  const found = ['.js', '.mjs', '.cjs']
    .map((extension) => path.join(root, `${name}${extension}`))
    .find((file) => existsSync(file));
  if (!found) {
    throw Object.assign(new Error(`Cannot find module '${name}' in ${root}`), {
      name: 'Runtime.ImportModuleError',
    });
  }
  return found;
}

let handler: Handler | undefined;
try {
  const file = handlerModuleFile(taskRoot, moduleName);
  // As the Node.js runtime does: ES modules through import(), CommonJS through require().
  const exports = file.endsWith('.mjs')
    ? ((await import(pathToFileURL(file).href)) as Record<string, unknown>)
    : (createRequire(path.join(taskRoot, 'package.json'))(file) as Record<string, unknown>);
  const loaded = exports[exportName];
  if (typeof loaded !== 'function') {
    throw Object.assign(new Error(`${moduleName}.${exportName} is undefined or not exported`), {
      name: 'Runtime.HandlerNotFound',
    });
  }
  handler = loaded as Handler;
  send({ type: 'ready' });
} catch (error) {
  send({ type: 'init-error', error: toError(error) });
  process.exit(1);
}

process.on('message', (message: InvokeMessage) => {
  if (message.type !== 'invoke' || !handler) return;
  current = message;
  process.env['_X_AMZN_TRACE_ID'] = message.traceId;
  run(handler, message)
    .then(
      (payload) => send({ type: 'result', requestId: message.requestId, payload: payload ?? null }),
      (error) => send({ type: 'error', requestId: message.requestId, error: toError(error) }),
    )
    .finally(() => {
      current = undefined;
    });
});
