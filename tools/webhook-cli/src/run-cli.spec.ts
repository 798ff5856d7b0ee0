import { PaymentApiClient, type StackOutputs } from '@payments/api-client';
import { EXIT_CODES } from './exit-codes';
import { runCli, type CliDeps } from './run-cli';

const localOutputs: StackOutputs = {
  ApiUrl: 'http://127.0.0.1:3000/v1/',
  Region: 'us-east-2',
  AccessKeyId: 'AKIALOCAL',
  SecretAccessKey: 'secret',
};

interface Sent {
  url: string;
  method: string;
  body: string | undefined;
}

function harness(status: number, body: unknown, options: { outputs?: () => StackOutputs } = {}) {
  const sent: Sent[] = [];
  const seenOutputs: StackOutputs[] = [];
  const out: string[] = [];
  const err: string[] = [];
  const fakeFetch = (async (url: string | URL | Request, init?: RequestInit) => {
    sent.push({
      url: String(url),
      method: init?.method ?? 'GET',
      body: init?.body as string | undefined,
    });
    return new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json', 'X-Amzn-RequestId': 'req-9' },
    });
  }) as typeof fetch;
  const deps: CliDeps = {
    readTextFile: (file) => `{"from":"${file}"}`,
    readStackOutputs: options.outputs ?? (() => localOutputs),
    createClient: (outputs) => {
      seenOutputs.push(outputs);
      return PaymentApiClient.forStack(outputs, { fetch: fakeFetch });
    },
    out: (text) => out.push(text),
    err: (text) => err.push(text),
  };
  return { deps, sent, seenOutputs, out, err };
}

describe('runCli', () => {
  it('sends a sample event and exits 0 on 202, printing status, request id and body', async () => {
    const { deps, sent, out } = harness(202, { status: 'accepted' });

    const code = await runCli(
      ['send', '--type', 'payment.failed', '--transaction-id', 'txn_7', '--amount', '500'],
      deps,
    );

    expect(code).toBe(EXIT_CODES.success);
    expect(sent[0]?.url).toBe('http://127.0.0.1:3000/v1/webhooks/payment');
    expect(JSON.parse(sent[0]?.body ?? '{}')).toMatchObject({
      event_type: 'payment.failed',
      transaction_id: 'txn_7',
      amount: 500,
    });
    expect(out.join('\n')).toBe('HTTP 202  (request id req-9)\n{\n  "status": "accepted"\n}');
  });

  it.each([400, 403, 404, 409, 413, 500, 503])(
    'exits 1 when the API answers %i',
    async (status) => {
      const { deps, out } = harness(status, { code: 'X', message: 'no', errors: [] });

      const code = await runCli(['get', 'txn_1'], deps);

      expect(code).toBe(EXIT_CODES.httpError);
      expect(out[0]).toContain(`HTTP ${status}`);
    },
  );

  it('exits 0 for a 200 duplicate answer', async () => {
    const { deps } = harness(200, { status: 'duplicate' });

    expect(await runCli(['send', '--type', 'payment.succeeded'], deps)).toBe(EXIT_CODES.success);
  });

  it('sends a file’s bytes as they are', async () => {
    const { deps, sent } = harness(400, {});

    await runCli(['send', '--file', 'event.json'], deps);

    expect(sent[0]?.body).toBe('{"from":"event.json"}');
  });

  it('notifies with a generated request id unless one is given', async () => {
    const { deps, sent } = harness(202, { status: 'queued' });

    await runCli(['notify', 'txn_1'], deps);
    await runCli(['notify', 'txn_1', '--request-id', 'again-1'], deps);

    expect(sent[0]?.url).toBe('http://127.0.0.1:3000/v1/transactions/txn_1/notify');
    expect(JSON.parse(sent[0]?.body ?? '{}').request_id).toMatch(/^cli-[0-9a-f-]{36}$/);
    expect(JSON.parse(sent[1]?.body ?? '{}')).toEqual({ request_id: 'again-1' });
  });

  it('targets a deployed stack with --api-url and no static keys (the AWS chain signs)', async () => {
    const { deps, seenOutputs } = harness(200, {});

    await runCli(
      ['get', 'txn_1', '--api-url', 'http://127.0.0.1:9/v1/', '--region', 'eu-west-1'],
      deps,
    );

    expect(seenOutputs).toEqual([{ ApiUrl: 'http://127.0.0.1:9/v1/', Region: 'eu-west-1' }]);
  });

  it('exits 2 with a hint on a bad command line, sending nothing', async () => {
    const { deps, sent, err } = harness(202, {});

    const code = await runCli(['send', '--type', 'nope'], deps);

    expect(code).toBe(EXIT_CODES.usage);
    expect(sent).toEqual([]);
    expect(err.join('\n')).toContain('npm run webhook -- --help');
  });

  it('exits 3 and says how to start the local stack when its outputs are missing', async () => {
    const { deps, err } = harness(
      200,
      {},
      {
        outputs: () => {
          throw new Error('Cannot read stack outputs from .local/stack-outputs.json: ENOENT');
        },
      },
    );

    const code = await runCli(['get', 'txn_1'], deps);

    expect(code).toBe(EXIT_CODES.unreachable);
    expect(err.join('\n')).toContain('npm start');
  });

  it('prints the help and exits 0', async () => {
    const { deps, out } = harness(200, {});

    expect(await runCli(['--help'], deps)).toBe(EXIT_CODES.success);
    expect(out.join('\n')).toContain('Usage: npm run webhook -- <command>');
  });
});
