// Child process of lazy-chunks.test.mjs: one fresh "execution environment" for a built Lambda
// bundle. It records every module file Node loads (sync module hooks see require() and import()
// alike), imports dist/apps/<fn>/main.mjs as the Node.js runtime imports an ES module handler,
// invokes the handler once per given request, and prints what was loaded at init and after each
// invocation.
import { registerHooks } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const loaded = new Set();
registerHooks({
  load(url, context, nextLoad) {
    loaded.add(url);
    return nextLoad(url, context);
  },
});

const [bundleDirectory, invocationsJson] = process.argv.slice(2);
const invocations = JSON.parse(invocationsJson);
const context = {
  functionName: 'probe',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:us-east-2:123456789012:function:probe',
  memoryLimitInMB: '512',
  awsRequestId: 'probe-request',
  getRemainingTimeInMillis: () => 10_000,
};

const { handler } = await import(pathToFileURL(path.join(bundleDirectory, 'main.mjs')).href);
const report = { atInit: [...loaded], invocations: [] };
for (const invocation of invocations) {
  process.env['_X_AMZN_TRACE_ID'] = invocation.traceHeader;
  const result = await handler(invocation.event, context);
  report.invocations.push({ statusCode: result.statusCode, loaded: [...loaded] });
}
process.stdout.write(`\n@@report@@${JSON.stringify(report)}\n`);
// The X-Ray SDK hands subsegments to a UDP socket asynchronously: let them leave, then stop
// (the SDK clients' sockets would otherwise keep the process alive).
setTimeout(() => process.exit(0), 100);
