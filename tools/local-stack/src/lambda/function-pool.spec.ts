import path from 'node:path';
import { FunctionPool } from './function-pool';

function pool(
  lines: string[] = [],
  overrides: Partial<ConstructorParameters<typeof FunctionPool>[0]> = {},
) {
  return new FunctionPool({
    functionName: 'probe',
    taskRoot: path.join(__dirname, '__fixtures__/probe-function'),
    handler: 'main.handler',
    timeoutSeconds: 2,
    environment: { TABLE_NAME: 'payment_transactions', AWS_LAMBDA_FUNCTION_NAME: 'probe' },
    maxInstances: 2,
    log: (line) => lines.push(line),
    ...overrides,
  });
}

describe('FunctionPool', () => {
  jest.setTimeout(20_000);

  it('runs the handler in Node 24 with only the function’s environment and a Lambda context', async () => {
    const functions = pool();

    const result = await functions.invoke({ action: 'echo' }, 'req-1');
    await functions.stop();

    expect(result).toMatchObject({
      ok: true,
      payload: {
        requestId: 'req-1',
        functionName: 'probe',
        env: { TABLE_NAME: 'payment_transactions', HOME: null },
        traceId: expect.stringMatching(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=/),
        node: expect.stringMatching(/^24\./),
      },
    });
    expect((result.ok && (result.payload as { remaining: number }).remaining) || 0).toBeGreaterThan(
      1000,
    );
  });

  it('keeps a warm instance between invocations', async () => {
    const functions = pool();

    await functions.invoke({ action: 'echo' });
    const second = await functions.invoke({ action: 'echo' });
    await functions.stop();

    expect(second).toMatchObject({ ok: true, payload: { invocations: 2 } });
  });

  it('reports a thrown error as a function error', async () => {
    const functions = pool();

    const result = await functions.invoke({ action: 'throw' });
    await functions.stop();

    expect(result).toMatchObject({
      ok: false,
      error: { errorType: 'TypeError', errorMessage: 'bad input' },
    });
  });

  it('times out a hanging invocation and starts a fresh instance for the next one', async () => {
    const functions = pool([], { timeoutSeconds: 1 });

    const timedOut = await functions.invoke({ action: 'hang' }, 'req-2');
    const next = await functions.invoke({ action: 'echo' });
    await functions.stop();

    expect(timedOut).toEqual({
      ok: false,
      error: {
        errorType: 'Sandbox.Timedout',
        errorMessage: 'RequestId: req-2 Error: Task timed out after 1.00 seconds',
      },
    });
    expect(next).toMatchObject({ ok: true, payload: { invocations: 1 } });
  });

  it('fails the invocation of an environment that exits', async () => {
    const functions = pool();

    const result = await functions.invoke({ action: 'crash' });
    await functions.stop();

    expect(result).toMatchObject({ ok: false, error: { errorType: 'Runtime.ExitError' } });
  });

  it('passes the function’s output to the log with START/END/REPORT lines', async () => {
    const lines: string[] = [];
    const functions = pool(lines);

    await functions.invoke({ action: 'log' }, 'req-3');
    await functions.stop();

    expect(lines).toEqual(
      expect.arrayContaining([
        'START RequestId: req-3 Version: $LATEST',
        '{"level":"INFO","message":"hello from the function"}',
        'END RequestId: req-3',
        expect.stringMatching(/^REPORT RequestId: req-3\tDuration: /),
      ]),
    );
  });

  it('fails invocations with the init error of a missing handler', async () => {
    const functions = pool([], { handler: 'main.nothing' });

    const result = await functions.invoke({ action: 'echo' });
    await functions.stop();

    expect(result).toMatchObject({ ok: false, error: { errorType: 'Runtime.HandlerNotFound' } });
  });
});
