import { randomUUID } from 'node:crypto';
import {
  PaymentApiClient,
  sampleWebhookEvent,
  type ApiResponse,
  type StackOutputs,
} from '@payments/api-client';
import type { CliCommand, CliTarget } from './cli-command';
import { EXIT_CODES, exitCodeForStatus } from './exit-codes';
import { HELP_TEXT } from './help-text';
import { parseCliArgs } from './parse-args';
import { UsageError } from './usage-error';

export interface CliDeps {
  readonly readTextFile: (file: string) => string;
  readonly readStackOutputs: (file: string) => StackOutputs;
  readonly createClient: (outputs: StackOutputs) => PaymentApiClient;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** Runs one command line and returns the process exit code; never throws. */
export async function runCli(argv: readonly string[], deps: CliDeps): Promise<number> {
  let command: CliCommand;
  try {
    command = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    deps.err(`${error.message}\nRun \`npm run webhook -- --help\` for usage.`);
    return EXIT_CODES.usage;
  }
  if (command.kind === 'help') {
    deps.out(HELP_TEXT);
    return EXIT_CODES.success;
  }
  let response: ApiResponse<unknown>;
  try {
    response = await execute(command, deps);
  } catch (error) {
    deps.err(`Could not send the request: ${describe(error)}`);
    return EXIT_CODES.unreachable;
  }
  deps.out(formatResponse(response));
  return exitCodeForStatus(response.status);
}

async function execute(
  command: Exclude<CliCommand, { kind: 'help' }>,
  deps: CliDeps,
): Promise<ApiResponse<unknown>> {
  const client = deps.createClient(outputsFor(command.target, deps));
  switch (command.kind) {
    case 'send-sample': {
      const { type, ...options } = command.event;
      return client.sendWebhook(sampleWebhookEvent(type, options));
    }
    case 'send-file':
      return client.sendWebhook(deps.readTextFile(command.file));
    case 'get':
      return client.getTransaction(command.transactionId);
    case 'notify':
      return client.notify(command.transactionId, {
        request_id: command.requestId ?? `cli-${randomUUID()}`,
        ...(command.reason ? { reason: command.reason } : {}),
      });
  }
}

function outputsFor(target: CliTarget, deps: CliDeps): StackOutputs {
  if (target.kind === 'deployed') return { ApiUrl: target.apiUrl, Region: target.region };
  try {
    return deps.readStackOutputs(target.outputsFile);
  } catch (error) {
    throw new Error(
      `${describe(error)}\nStart the local stack with \`npm start\`, or target a deployed stack with --api-url.`,
    );
  }
}

/** `HTTP <status>`, the request id when there is one, then the body (pretty JSON when it is JSON). */
export function formatResponse(response: ApiResponse<unknown>): string {
  const requestId = response.headers['x-amzn-requestid'];
  const lines = [`HTTP ${response.status}${requestId ? `  (request id ${requestId})` : ''}`];
  if (response.body !== undefined) lines.push(JSON.stringify(response.body, null, 2));
  else if (response.text.length > 0) lines.push(response.text);
  return lines.join('\n');
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.message}${cause}`;
}
