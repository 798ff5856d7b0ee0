import { parseCliArgs } from './parse-args';
import { UsageError } from './usage-error';

const local = { kind: 'local', outputsFile: '.local/stack-outputs.json' };

describe('parseCliArgs', () => {
  it.each([[[]], [['--help']], [['-h']], [['help']], [['send', '--help']]])(
    'asks for help for %j',
    (argv) => {
      expect(parseCliArgs(argv)).toEqual({ kind: 'help' });
    },
  );

  it('parses a sample send with every event option, against the local stack', () => {
    const command = parseCliArgs([
      'send',
      '--type',
      'payment.succeeded',
      '--transaction-id',
      'txn_1',
      '--event-id',
      'evt_1',
      '--email',
      'jane@example.com',
      '--amount',
      '1999',
      '--currency',
      'eur',
      '--occurred-at',
      '2026-01-01T00:00:00Z',
    ]);

    expect(command).toEqual({
      kind: 'send-sample',
      target: local,
      event: {
        type: 'payment.succeeded',
        transactionId: 'txn_1',
        eventId: 'evt_1',
        email: 'jane@example.com',
        amount: 1999,
        currency: 'EUR',
        occurredAt: '2026-01-01T00:00:00Z',
      },
    });
  });

  it('parses send --file', () => {
    expect(parseCliArgs(['send', '--file', 'event.json'])).toEqual({
      kind: 'send-file',
      target: local,
      file: 'event.json',
    });
  });

  it('parses get and notify with their transaction id', () => {
    expect(parseCliArgs(['get', 'txn_1'])).toEqual({
      kind: 'get',
      target: local,
      transactionId: 'txn_1',
    });
    expect(
      parseCliArgs(['notify', 'txn_1', '--request-id', 'r-1', '--reason', 'lost email']),
    ).toEqual({
      kind: 'notify',
      target: local,
      transactionId: 'txn_1',
      requestId: 'r-1',
      reason: 'lost email',
    });
  });

  it('targets a deployed stage with --api-url, in us-east-2 unless --region says otherwise', () => {
    const apiUrl = 'https://abc123.execute-api.us-east-2.amazonaws.com/v1/';

    expect(parseCliArgs(['get', 'txn_1', '--api-url', apiUrl])).toMatchObject({
      target: { kind: 'deployed', apiUrl, region: 'us-east-2' },
    });
    expect(
      parseCliArgs(['get', 'txn_1', '--api-url', apiUrl, '--region', 'eu-west-1']),
    ).toMatchObject({
      target: { kind: 'deployed', apiUrl, region: 'eu-west-1' },
    });
  });

  it('reads another local outputs file with --outputs', () => {
    expect(parseCliArgs(['get', 'txn_1', '--outputs', 'other.json'])).toMatchObject({
      target: { kind: 'local', outputsFile: 'other.json' },
    });
  });

  it.each([
    [['deploy'], 'Unknown command "deploy"'],
    [['send'], 'send needs --type'],
    [['send', '--type', 'payment.paid'], '--type must be one of: payment.created'],
    [['send', '--type', 'payment.succeeded', '--amount', '19.99'], '--amount is an integer'],
    [
      ['send', '--type', 'payment.succeeded', '--currency', 'XXY'],
      '--currency must be an ISO 4217',
    ],
    [
      ['send', '--file', 'e.json', '--type', 'payment.created'],
      '--file sends the file as is; drop --type',
    ],
    [['send', 'extra'], 'send takes no operands'],
    [['get'], 'get takes exactly one <transaction-id>'],
    [['notify', 'a', 'b'], 'notify takes exactly one <transaction-id>'],
    [['get', 'txn_1', '--bogus'], "Unknown option '--bogus'"],
    [['get', 'txn_1', '--api-url', 'not a url'], '--api-url is not a URL'],
    [['get', 'txn_1', '--region', 'eu-west-1'], '--region applies to a deployed stack'],
    [
      ['get', 'txn_1', '--api-url', 'https://x/v1/', '--outputs', 'o.json'],
      'either --api-url or --outputs',
    ],
  ])('rejects %j with a usage error', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});
