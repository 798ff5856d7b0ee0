// Proves, on the real bundles (dist/apps/<fn>), what the cold-start work relies on: no cold
// start loads the X-Ray SDK or TypeBox's compiler and schemas (only the small typebox guard and
// format helpers the generated checks call); and, on transaction-reader, that unsampled
// invocations never load the tracer while the first sampled one does, instruments the client
// made at init and sends its subsegments to the X-Ray daemon address, and that only a rejected
// request loads TypeBox to list the errors.
// Runs with node's test runner after the builds (npm test), in child processes with a
// Lambda-like environment, a UDP socket standing in for the X-Ray daemon, and no AWS endpoint.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import dgram from 'node:dgram';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bundleOf = (fn) => path.join(workspaceRoot, 'dist/apps', fn);
const bundle = bundleOf('transaction-reader');
const FUNCTIONS = ['webhook-processor', 'transaction-reader', 'notification-sender'];
const child = path.join(path.dirname(fileURLToPath(import.meta.url)), 'invoke-bundle.mjs');

const TRACE_ROOT = '1-6938a3c0-0123456789abcdef01234567';
const PARENT = '53995c3f42cd8ad8';
const SAMPLED = `Root=${TRACE_ROOT};Parent=${PARENT};Sampled=1`;
const NOT_SAMPLED = `Root=${TRACE_ROOT};Parent=${PARENT};Sampled=0`;
const read = (id) => ({
  httpMethod: 'GET',
  resource: '/transactions/{id}',
  path: `/transactions/${id}`,
  pathParameters: { id },
  headers: {},
  requestContext: { requestId: `api-${id}` },
});

function chunkUrl(predicate, what, directory = path.join(bundle, 'chunks')) {
  const file = readdirSync(directory).find((name) =>
    predicate(name, readFileSync(path.join(directory, name), 'utf8')),
  );
  assert.ok(file, `no chunk holding ${what} in ${directory}`);
  return pathToFileURL(path.join(directory, file)).href;
}

let daemon;
const documents = [];

const tracerChunkOf = (fn) =>
  chunkUrl(
    (_, code) => code.includes('AWS_XRAY_DAEMON_ADDRESS'),
    'the X-Ray SDK',
    path.join(bundleOf(fn), 'chunks'),
  );
const validationErrorsChunkOf = (fn) =>
  chunkUrl(
    (name) => name.startsWith('validation-errors-'),
    'the TypeBox validators',
    path.join(bundleOf(fn), 'chunks'),
  );

function runEnvironment(invocations, fn = 'transaction-reader') {
  const directory = bundleOf(fn);
  const env = {
    PATH: process.env.PATH,
    LAMBDA_TASK_ROOT: directory,
    AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x',
    AWS_LAMBDA_FUNCTION_NAME: 'transaction-reader',
    AWS_REGION: 'us-east-2',
    AWS_ACCESS_KEY_ID: 'ASIAPROBE000000000000',
    AWS_SECRET_ACCESS_KEY: 'probe-secret',
    // Nothing listens there: the one DynamoDB call fails fast, its subsegment still records it.
    AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
    AWS_MAX_ATTEMPTS: '1',
    AWS_XRAY_DAEMON_ADDRESS: `127.0.0.1:${daemon.address().port}`,
    AWS_XRAY_CONTEXT_MISSING: 'IGNORE_ERROR',
    TABLE_NAME: 'payment_transactions',
    QUEUE_URL: 'http://127.0.0.1:9/123456789012/notification-jobs',
    TOPIC_ARN: 'arn:aws:sns:us-east-2:123456789012:customer-notifications',
    EMAILS_PER_SECOND: '4',
    POWERTOOLS_SERVICE_NAME: fn,
    POWERTOOLS_METRICS_NAMESPACE: 'PaymentWebhooks',
    POWERTOOLS_LOG_LEVEL: 'ERROR',
  };
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [child, directory, JSON.stringify(invocations)],
      { env, timeout: 30_000 },
      (error, stdout, stderr) => {
        const line = stdout.split('\n').find((l) => l.startsWith('@@report@@'));
        if (error || !line) reject(new Error(`bundle run failed: ${error}\n${stderr}`));
        else resolve(JSON.parse(line.slice('@@report@@'.length)));
      },
    );
  });
}

describe('lazily loaded chunks of the Lambda bundles', () => {
  let tracerChunk;
  let validationErrorsChunk;

  before(async () => {
    for (const fn of FUNCTIONS) {
      assert.ok(
        existsSync(path.join(bundleOf(fn), 'main.mjs')),
        `${bundleOf(fn)}/main.mjs is missing: run npx nx run-many -t build first`,
      );
    }
    tracerChunk = tracerChunkOf('transaction-reader');
    validationErrorsChunk = validationErrorsChunkOf('transaction-reader');
    daemon = dgram.createSocket('udp4');
    daemon.on('message', (message) => {
      const [header, body] = message.toString('utf8').split('\n');
      if (JSON.parse(header).format === 'json') documents.push(JSON.parse(body));
    });
    await new Promise((resolve) => daemon.bind(0, '127.0.0.1', resolve));
  });

  after(() => daemon.close());

  for (const fn of FUNCTIONS) {
    it(`${fn}: a cold start loads neither the X-Ray SDK nor TypeBox's compiler`, async () => {
      // Act
      const report = await runEnvironment([], fn);

      // Assess
      assert.ok(report.atInit.some((url) => url.endsWith('/main.mjs')));
      assert.ok(!report.atInit.includes(tracerChunkOf(fn)), 'X-Ray SDK loaded at init');
      assert.ok(
        !report.atInit.includes(validationErrorsChunkOf(fn)),
        'TypeBox validators loaded at init',
      );
    });
  }

  it('loads the tracer on the first sampled invocation and sends its subsegments', async () => {
    documents.length = 0;

    const report = await runEnvironment([
      { traceHeader: NOT_SAMPLED, event: read('txn_unsampled') },
      { traceHeader: SAMPLED, event: read('txn_sampled') },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 200));

    const [unsampled, sampled] = report.invocations;
    assert.equal(unsampled.statusCode, 503);
    assert.ok(!unsampled.loaded.includes(tracerChunk), 'tracer loaded for an unsampled call');
    assert.equal(sampled.statusCode, 503);
    assert.ok(sampled.loaded.includes(tracerChunk), 'tracer not loaded for a sampled call');
    const handlerSegment = documents.find((d) => d.name === '## handler');
    assert.ok(handlerSegment, `no ## handler subsegment in ${JSON.stringify(documents)}`);
    assert.equal(handlerSegment.trace_id, TRACE_ROOT);
    assert.equal(handlerSegment.parent_id, PARENT);
    assert.deepEqual(handlerSegment.annotations, {
      ColdStart: false,
      Service: 'transaction-reader',
    });
    const loadMs = handlerSegment.metadata?.['transaction-reader']?.tracer_load_ms;
    assert.equal(typeof loadMs, 'number', 'the tracer load time is not in the trace that paid it');
    const query = documents.find((d) => d.aws?.operation === 'Query');
    assert.ok(query, 'the DynamoDB client made at init was not instrumented');
    assert.equal(query.trace_id, TRACE_ROOT);
    assert.equal(query.parent_id, handlerSegment.id);
  });

  it('loads TypeBox only for a rejected request', async () => {
    const report = await runEnvironment([
      { traceHeader: NOT_SAMPLED, event: read('txn_valid') },
      { traceHeader: NOT_SAMPLED, event: read('not a valid id!') },
    ]);

    const [valid, rejected] = report.invocations;
    assert.equal(valid.statusCode, 503);
    assert.ok(!valid.loaded.includes(validationErrorsChunk), 'TypeBox loaded for a valid id');
    assert.equal(rejected.statusCode, 400);
    assert.ok(rejected.loaded.includes(validationErrorsChunk), 'TypeBox not loaded for errors');
  });
});
