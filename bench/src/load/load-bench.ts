import { randomBytes } from 'node:crypto';
import { createDynamoDbDocumentClient, createSqsClient } from '@payments/aws-clients';
import { PaymentApiClient } from '@payments/api-client';
import type { AwsCallRecord } from '../emulator/aws-call-record';
import type { CallSource, LocalStackSession } from '../emulator/local-stack-session';
import type { FunctionName } from '../shared/functions';
import { round, summarize, type Summary } from '../shared/stats';
import { readFunctionLogs, logOffsets, type FunctionLogWindow } from './function-logs';
import { generateLoad, type Delivery, type LoadProfile } from './load-generator';
import { attribute, listOutbox, type OutboxEmail } from './outbox';
import { reconcile, type Reconciliation } from './reconcile';

export interface LoadResult {
  readonly profile: LoadProfile;
  readonly deliveries: number;
  readonly byStatus: Readonly<Record<string, number>>;
  readonly newEvents: number;
  readonly redeliveries: number;
  /** Seconds from the first request to the last answer. */
  readonly loadSeconds: number;
  /** Answered deliveries per second over loadSeconds. */
  readonly throughputPerSecond: number;
  readonly ackLatencyMs: Summary;
  readonly ackLatencyNewMs: Summary;
  readonly ackLatencyDuplicateMs: Summary;
  /** From a webhook's request to its customer email landing in the outbox. */
  readonly emailLagMs: Summary;
  /** Customer emails per second while the queue drained (paced by the sender by design). */
  readonly emailsPerSecond: number;
  /** Seconds after the last 202 until the last email arrived. */
  readonly drainSeconds: number;
  readonly emailsDelivered: { readonly customer: number; readonly otherCopies: number };
  readonly reconciliation: Reconciliation;
  /** Every AWS call moto served during the window (load + drain), by caller. */
  readonly calls: readonly AwsCallRecord[];
  readonly callSource: CallSource;
  readonly functionLogs: Record<FunctionName, FunctionLogWindow>;
}

/**
 * The end-to-end run: a bounded signed load on loopback, then the wait until every accepted
 * event's email is out (bounded too), with moto recording every AWS call of the window and the
 * function logs measured over the same window, then the reconciliation.
 */
export async function runLoadBench(options: {
  readonly session: LocalStackSession;
  readonly profile: LoadProfile;
  readonly drainTimeoutSeconds: number;
  readonly apiSample: number;
  readonly log: (line: string) => void;
}): Promise<LoadResult> {
  const { session, profile, log } = options;
  const { outputs } = session;
  const api = PaymentApiClient.forStack(outputs);
  const runId = randomBytes(3).toString('hex');

  const offsets = logOffsets(session.logDirectory);
  await session.calls.start();
  log(
    `load: ${profile.ratePerSecond}/s for ${profile.durationSeconds} s, <= ${profile.maxInFlight} in flight, ` +
      `${Math.round(profile.duplicateRatio * 100)} % redeliveries, ${profile.recipients} recipients`,
  );
  const deliveries = await generateLoad(api, profile, runId, log);
  const accepted = deliveries.filter((d) => d.kind === 'new' && d.status === 202);
  const emails = await waitForEmails(outputs.OutboxUrl, accepted, options.drainTimeoutSeconds, log);
  const { calls, source: callSource } = await session.calls.stop();
  const functionLogs = readFunctionLogs(session.logDirectory, offsets);

  const access = {
    region: outputs.Region,
    endpoint: outputs.AwsEndpointUrl,
    credentials: { accessKeyId: outputs.AccessKeyId, secretAccessKey: outputs.SecretAccessKey },
  };
  const dynamoDb = createDynamoDbDocumentClient(access);
  const sqs = createSqsClient(access);
  const reconciliation = await reconcile({
    deliveries,
    emails,
    outputs,
    dynamoDb,
    sqs,
    api,
    apiSample: options.apiSample,
  });
  dynamoDb.destroy();
  sqs.destroy();

  const firstSent = Math.min(...deliveries.map((d) => d.sentAt));
  const lastAnswer = Math.max(...deliveries.map((d) => d.answeredAt));
  const lastAccepted = Math.max(...accepted.map((d) => d.answeredAt));
  const loadSeconds = (lastAnswer - firstSent) / 1000;
  const sentAtOf = new Map(accepted.map((d) => [d.event.event_id, d.sentAt]));
  const customerOf = new Map(accepted.map((d) => [d.event.event_id, d.event.customer.email]));
  const customerEmails = emails.filter((e) => {
    const eventId = (attribute(e, 'notification_id') ?? '').replace(/^event:/, '');
    return customerOf.get(eventId) === e.recipient;
  });
  const lags = customerEmails.map((e) => {
    const eventId = (attribute(e, 'notification_id') ?? '').replace(/^event:/, '');
    return Date.parse(e.receivedAt) - (sentAtOf.get(eventId) ?? 0);
  });
  const received = customerEmails.map((e) => Date.parse(e.receivedAt)).sort((a, b) => a - b);
  const firstEmail = received[0] ?? 0;
  const lastEmail = received[received.length - 1] ?? 0;
  const drainWindow = received.length > 1 ? (lastEmail - firstEmail) / 1000 : 0;
  const byStatus: Record<string, number> = {};
  deliveries.forEach((d) => (byStatus[d.status] = (byStatus[d.status] ?? 0) + 1));
  const ok = (d: Delivery) => d.status >= 200 && d.status < 300;

  return {
    profile,
    deliveries: deliveries.length,
    byStatus,
    newEvents: deliveries.filter((d) => d.kind === 'new').length,
    redeliveries: deliveries.filter((d) => d.kind === 'redelivery').length,
    loadSeconds: round(loadSeconds, 2),
    throughputPerSecond: round(deliveries.filter(ok).length / loadSeconds, 2),
    ackLatencyMs: summarize(deliveries.filter(ok).map((d) => d.latencyMs)),
    ackLatencyNewMs: summarize(accepted.map((d) => d.latencyMs)),
    ackLatencyDuplicateMs: summarize(
      deliveries.filter((d) => d.kind === 'redelivery' && ok(d)).map((d) => d.latencyMs),
    ),
    emailLagMs: summarize(lags),
    emailsPerSecond: drainWindow > 0 ? round((received.length - 1) / drainWindow, 2) : 0,
    drainSeconds: received.length ? round((lastEmail - lastAccepted) / 1000, 2) : Number.NaN,
    emailsDelivered: { customer: customerEmails.length, otherCopies: reconciliation.otherCopies },
    reconciliation,
    calls,
    callSource,
    functionLogs,
  };
}

/** Polls the outbox until every accepted event has its customer email, or the bound expires. */
async function waitForEmails(
  outboxUrl: string,
  accepted: readonly Delivery[],
  timeoutSeconds: number,
  log: (line: string) => void,
): Promise<OutboxEmail[]> {
  const wanted = new Set(accepted.map((d) => `event:${d.event.event_id}`));
  const deadline = Date.now() + timeoutSeconds * 1000;
  let emails: OutboxEmail[] = [];
  let nextReport = Date.now() + 5_000;
  for (;;) {
    emails = await listOutbox(outboxUrl);
    const seen = new Set(emails.map((e) => attribute(e, 'notification_id')));
    const missing = [...wanted].filter((id) => !seen.has(id)).length;
    if (missing === 0) break;
    if (Date.now() > deadline) {
      log(`load: drain bound of ${timeoutSeconds} s reached with ${missing} email(s) missing`);
      break;
    }
    if (Date.now() > nextReport) {
      log(`load: waiting for emails, ${missing}/${wanted.size} still missing`);
      nextReport += 5_000;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  // A duplicate email would arrive after the first one: give it a moment to show up.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  return listOutbox(outboxUrl);
}
