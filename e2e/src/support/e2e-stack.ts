import type { SQSClient } from '@aws-sdk/client-sqs';
import {
  credentialsFor,
  PaymentApiClient,
  parseStackOutputs,
  readStackOutputs,
  type StackOutputs,
} from '@payments/api-client';
import { createSqsClient } from '@payments/aws-clients';
import { E2E_ENV, type E2eTarget } from '../setup/e2e-environment';
import { fixedRecipientsFor } from '../setup/fixed-recipients';
import { LocalFaults } from './local-faults';
import { LocalOutbox } from './local-outbox';
import { QueueProbe } from './queue-probe';
import { runScopedIds, type RunScopedIds } from './run-ids';

/** Everything a scenario needs to talk to the stack under test. */
export interface E2eStack {
  readonly target: E2eTarget;
  readonly outputs: StackOutputs;
  /** Signed with the caller identity the stack expects. */
  readonly api: PaymentApiClient;
  /** No Authorization header at all. */
  readonly unsignedApi: PaymentApiClient;
  /** Signed with the right key id and a wrong secret. */
  readonly wrongSecretApi: PaymentApiClient;
  /** Correctly signed, then the body is changed on the way (a signature over other bytes). */
  readonly tamperedBodyApi: PaymentApiClient;
  readonly sqs: SQSClient;
  readonly queues: QueueProbe;
  /** The local stack's email outbox; undefined against AWS, where inboxes are not observable. */
  readonly outbox: LocalOutbox | undefined;
  /** The local stack's fault switch; undefined against AWS. */
  readonly faults: LocalFaults | undefined;
  readonly ids: RunScopedIds;
  /** How long asynchronous effects (queue -> sender -> SNS) may take on this target. */
  readonly deliveryTimeoutMs: number;
  /** An output the scenario cannot do without. */
  output(name: keyof StackOutputs): string;
}

let cached: E2eStack | undefined;

/** The stack chosen by the global setup (see setup/resolve-plan.ts). */
export function e2eStack(): E2eStack {
  cached ??= buildStack();
  return cached;
}

function buildStack(): E2eStack {
  const target = (process.env[E2E_ENV.target] ?? 'local') as E2eTarget;
  const outputs = resolvedOutputs();
  const credentials = credentialsFor(outputs);
  const sqs = createSqsClient({
    region: outputs.Region,
    ...(outputs.AwsEndpointUrl ? { endpoint: outputs.AwsEndpointUrl } : {}),
    ...(typeof credentials === 'object' ? { credentials } : {}),
  });
  return {
    target,
    outputs,
    api: PaymentApiClient.forStack(outputs),
    unsignedApi: new PaymentApiClient({ apiUrl: outputs.ApiUrl, region: outputs.Region }),
    wrongSecretApi: PaymentApiClient.forStack(outputs, {
      credentials: async () => {
        const real = typeof credentials === 'function' ? await credentials() : credentials;
        return { ...real, secretAccessKey: `${real.secretAccessKey}-wrong` };
      },
    }),
    tamperedBodyApi: PaymentApiClient.forStack(outputs, {
      fetch: (input, init) => fetch(input, { ...init, body: `${String(init?.body ?? '')} ` }),
    }),
    sqs,
    queues: new QueueProbe(
      sqs,
      target === 'aws' ? { count: 3, intervalMs: 20_000 } : { count: 3, intervalMs: 300 },
    ),
    outbox:
      target === 'local' && outputs.OutboxUrl ? new LocalOutbox(outputs.OutboxUrl) : undefined,
    faults:
      target === 'local' && outputs.OutboxUrl ? new LocalFaults(outputs.OutboxUrl) : undefined,
    ids: runScopedIds({
      emailDomain: process.env[E2E_ENV.emailDomain] ?? 'example.com',
      fixedRecipients: fixedRecipientsFor(target, process.env),
    }),
    deliveryTimeoutMs: target === 'aws' ? 180_000 : 60_000,
    output(name) {
      const value = outputs[name];
      if (!value) throw new Error(`The stack outputs have no ${name}`);
      return value;
    },
  };
}

function resolvedOutputs(): StackOutputs {
  const json = process.env[E2E_ENV.resolvedOutputs];
  if (json) return parseStackOutputs(JSON.parse(json) as unknown);
  const file = process.env[E2E_ENV.resolvedOutputsFile];
  if (file) return readStackOutputs(file);
  throw new Error('No stack outputs: run the suite through e2e/jest.config.ts (its global setup)');
}
