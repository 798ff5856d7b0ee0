import { createDynamoDbDocumentClient, createSqsClient } from '@payments/aws-clients';
import { PaymentApiClient, sampleWebhookEvent } from '@payments/api-client';
import type { StackOutputs } from '../emulator/local-stack-session';
import { round, summarize, type Summary } from '../shared/stats';
import { rawEventPutAndSend, rawGuardEventPutAndSend } from './raw-ack-calls';

/** Issue 7's bound on what the gateway, runtime and handler may add to the unavoidable calls. */
export const ACK_PATH_TARGET_RATIO = 1.2;

export interface AckPathResult {
  readonly pairs: number;
  readonly intervalMs: number;
  /** Signed POST /webhooks/payment through the local gateway, Lambda runtime and handler. */
  readonly gatewayMs: Summary;
  /** Issue 7's baseline: the event's conditional PutItem + SendMessage alone, same SDK and moto. */
  readonly rawMs: Summary;
  /** The calls our path makes: event-id guard PutItem + event PutItem + SendMessage. */
  readonly rawGuardedMs: Summary;
  /** Against issue 7's baseline (the target). */
  readonly ratioP50: number;
  readonly ratioP99: number;
  /** Against the three calls our path makes: what the gateway, runtime and handler add. */
  readonly overheadRatioP50: number;
  readonly overheadRatioP99: number;
  readonly targetRatio: number;
  readonly met: boolean;
  /** Answers other than 202 (e.g. 429 from the stage throttle): left out of the sample. */
  readonly unexpected: Readonly<Record<string, number>>;
}

/** Every order of the three measured sides, cycled, so none always runs right after another. */
const ORDERS = [
  [0, 1, 2],
  [1, 2, 0],
  [2, 0, 1],
  [0, 2, 1],
  [2, 1, 0],
  [1, 0, 2],
] as const;

/**
 * Alternates one webhook through the whole local path with each raw baseline (issue 7's two
 * calls, and the three calls our path makes), one at a time, paced below the stage's POST throttle so no request is throttled, after a
 * warm-up that leaves every execution environment warm.
 */
export async function runAckPathBench(options: {
  readonly outputs: StackOutputs;
  readonly pairs: number;
  readonly warmup: number;
  readonly intervalMs: number;
  readonly log: (line: string) => void;
}): Promise<AckPathResult> {
  const { outputs } = options;
  const api = PaymentApiClient.forStack(outputs);
  const access = {
    region: outputs.Region,
    endpoint: outputs.AwsEndpointUrl,
    credentials: { accessKeyId: outputs.AccessKeyId, secretAccessKey: outputs.SecretAccessKey },
  };
  const clients = { dynamoDb: createDynamoDbDocumentClient(access), sqs: createSqsClient(access) };
  const target = { tableName: outputs.TableName, queueUrl: outputs.QueueUrl };
  const event = () => sampleWebhookEvent('payment.succeeded', { email: 'ack-path@example.com' });

  const gateway: number[] = [];
  const raw: number[] = [];
  const rawGuarded: number[] = [];
  const unexpected: Record<string, number> = {};
  const total = options.warmup + options.pairs;
  options.log(`ack path: ${options.warmup} warm-up + ${options.pairs} measured rounds of three`);
  for (let i = 0; i < total; i += 1) {
    const started = performance.now();
    const measure = i >= options.warmup;
    const viaGateway = async () => {
      const t0 = performance.now();
      const response = await api.sendWebhook(event());
      const elapsed = performance.now() - t0;
      if (response.status !== 202)
        unexpected[response.status] = (unexpected[response.status] ?? 0) + 1;
      else if (measure) gateway.push(elapsed);
    };
    const direct = async () => {
      const t0 = performance.now();
      await rawEventPutAndSend(clients, target, event());
      if (measure) raw.push(performance.now() - t0);
    };
    const directGuarded = async () => {
      const t0 = performance.now();
      await rawGuardEventPutAndSend(clients, target, event());
      if (measure) rawGuarded.push(performance.now() - t0);
    };
    const sides = [viaGateway, direct, directGuarded];
    for (const side of ORDERS[i % ORDERS.length] ?? ORDERS[0]) await sides[side]?.();
    const wait = options.intervalMs - (performance.now() - started);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  clients.dynamoDb.destroy();
  clients.sqs.destroy();

  const gatewayMs = summarize(gateway);
  const rawMs = summarize(raw);
  const rawGuardedMs = summarize(rawGuarded);
  const ratioP50 = round(gatewayMs.p50 / rawMs.p50, 3);
  return {
    pairs: options.pairs,
    intervalMs: options.intervalMs,
    gatewayMs,
    rawMs,
    rawGuardedMs,
    ratioP50,
    ratioP99: round(gatewayMs.p99 / rawMs.p99, 3),
    overheadRatioP50: round(gatewayMs.p50 / rawGuardedMs.p50, 3),
    overheadRatioP99: round(gatewayMs.p99 / rawGuardedMs.p99, 3),
    targetRatio: ACK_PATH_TARGET_RATIO,
    met: ratioP50 <= ACK_PATH_TARGET_RATIO,
    unexpected,
  };
}
