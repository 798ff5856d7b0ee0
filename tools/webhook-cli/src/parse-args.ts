import { parseArgs } from 'node:util';
import {
  ISO_4217_CURRENCIES,
  PAYMENT_EVENT_TYPES,
  type PaymentEventType,
} from '@payments/contracts';
import { DEFAULT_REGION, LOCAL_STACK_OUTPUTS_FILE } from '@payments/api-client';
import type { CliCommand, CliTarget, SampleEventFields } from './cli-command';
import { UsageError } from './usage-error';

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  type: { type: 'string' },
  file: { type: 'string' },
  'transaction-id': { type: 'string' },
  'event-id': { type: 'string' },
  email: { type: 'string' },
  amount: { type: 'string' },
  currency: { type: 'string' },
  'occurred-at': { type: 'string' },
  'request-id': { type: 'string' },
  reason: { type: 'string' },
  'api-url': { type: 'string' },
  region: { type: 'string' },
  outputs: { type: 'string' },
} as const;

type Values = ReturnType<
  typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>
>['values'];

/** Turns `argv` (without node and the script) into a command, or throws a `UsageError`. */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [command, ...operands] = positionals;
  if (values.help || command === undefined || command === 'help') return { kind: 'help' };
  const target = targetOf(values);
  switch (command) {
    case 'send':
      return sendCommand(values, operands, target);
    case 'get':
      return { kind: 'get', target, transactionId: singleOperand('get', operands) };
    case 'notify':
      return {
        kind: 'notify',
        target,
        transactionId: singleOperand('notify', operands),
        ...(values['request-id'] ? { requestId: values['request-id'] } : {}),
        ...(values.reason ? { reason: values.reason } : {}),
      };
    default:
      throw new UsageError(`Unknown command "${command}" (expected send, get or notify).`);
  }
}

function targetOf(values: Values): CliTarget {
  if (values['api-url']) {
    if (values.outputs) throw new UsageError('Use either --api-url or --outputs, not both.');
    let url: URL;
    try {
      url = new URL(values['api-url']);
    } catch {
      throw new UsageError(`--api-url is not a URL: ${values['api-url']}`);
    }
    return { kind: 'deployed', apiUrl: url.href, region: values.region ?? DEFAULT_REGION };
  }
  if (values.region) throw new UsageError('--region applies to a deployed stack (--api-url).');
  return { kind: 'local', outputsFile: values.outputs ?? LOCAL_STACK_OUTPUTS_FILE };
}

function sendCommand(values: Values, operands: string[], target: CliTarget): CliCommand {
  if (operands.length > 0)
    throw new UsageError(`send takes no operands (got ${operands.join(' ')}).`);
  const eventOptions = (
    ['type', 'transaction-id', 'event-id', 'email', 'amount', 'currency', 'occurred-at'] as const
  ).filter((name) => values[name] !== undefined);
  if (values.file) {
    if (eventOptions.length > 0) {
      throw new UsageError(
        `--file sends the file as is; drop ${eventOptions.map((o) => `--${o}`).join(', ')}.`,
      );
    }
    return { kind: 'send-file', target, file: values.file };
  }
  if (!values.type) throw new UsageError('send needs --type <event type> or --file <event.json>.');
  return { kind: 'send-sample', target, event: sampleFields(values, eventType(values.type)) };
}

function sampleFields(values: Values, type: PaymentEventType): SampleEventFields {
  return {
    type,
    ...(values['transaction-id'] ? { transactionId: values['transaction-id'] } : {}),
    ...(values['event-id'] ? { eventId: values['event-id'] } : {}),
    ...(values.email ? { email: values.email } : {}),
    ...(values.amount !== undefined ? { amount: minorUnits(values.amount) } : {}),
    ...(values.currency ? { currency: currency(values.currency) } : {}),
    ...(values['occurred-at'] ? { occurredAt: values['occurred-at'] } : {}),
  };
}

function eventType(value: string): PaymentEventType {
  const match = PAYMENT_EVENT_TYPES.find((type) => type === value);
  if (!match)
    throw new UsageError(
      `--type must be one of: ${PAYMENT_EVENT_TYPES.join(', ')} (got "${value}").`,
    );
  return match;
}

function minorUnits(value: string): number {
  if (!/^\d+$/.test(value)) {
    throw new UsageError(
      `--amount is an integer in minor units, e.g. 1999 for 19.99 USD (got "${value}").`,
    );
  }
  return Number(value);
}

function currency(value: string) {
  const code = ISO_4217_CURRENCIES.find((c) => c === value.toUpperCase());
  if (!code)
    throw new UsageError(`--currency must be an ISO 4217 code such as USD (got "${value}").`);
  return code;
}

function singleOperand(command: string, operands: string[]): string {
  if (operands.length !== 1 || !operands[0]) {
    throw new UsageError(`${command} takes exactly one <transaction-id>.`);
  }
  return operands[0];
}
