// Child process of lazy-chunks.test.mjs: one fresh "execution environment" for a built Lambda
// bundle. It records every module file Node loads (sync module hooks see require() and import()
// alike), loads dist/apps/<fn>/main.mjs the way the runtime does, invokes the handler once per
// given request, and prints what was loaded at init and after each invocation.
import { createRequire, registerHooks } from 'node:module';
import path from 'node:path';

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

const require = createRequire(import.meta.url);
const { handler } = require(path.join(bundleDirectory, 'main.mjs'));
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
