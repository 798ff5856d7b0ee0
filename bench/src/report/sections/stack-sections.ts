import type { BenchResults } from '../../results';
import { ms, num, ratio, table, yesNo } from '../markdown';

export function renderAckPath(
  results: BenchResults,
  chart: (name: string, alt: string) => string,
): string {
  const ack = results.ackPath;
  if (!ack)
    return '## 3. Ack-path overhead\n\nNot measured in this run (see the end of this file).';
  const unexpected = Object.entries(ack.unexpected);
  return [
    '## 3. Ack-path overhead',
    '',
    'One webhook at a time through the whole local path (SigV4 signing in the client, the local API Gateway stage with its ' +
      'SigV4 check and draft-4 request validation, the Lambda runtime emulation over IPC, the real bundle with Powertools and ' +
      'its emulator calls) alternated with two raw baselines made with the same SDK against the same endpoint and moto, with ' +
      "items and messages built by the webhook processor's own mappers and sent as its adapters send them: issue 7's " +
      '(the conditional PutItem of the event and the SendMessage) and the calls our path really makes for a new event ' +
      `(the same plus the conditional PutItem of the event-id guard). ${ack.pairs} measured rounds of the three after a ` +
      `warm-up, in a rotating order, one round every ${ack.intervalMs} ms or more (below the stage's 25/s POST throttle).`,
    '',
    chart('ack-path.svg', 'Ack path vs raw calls'),
    table(
      ['Path', 'p50', 'p90', 'p99', 'mean'],
      [
        [
          "Raw, issue 7's baseline: event PutItem + SendMessage",
          ms(ack.rawMs.p50),
          ms(ack.rawMs.p90),
          ms(ack.rawMs.p99),
          ms(ack.rawMs.mean),
        ],
        [
          'Raw, the calls our path makes: guard PutItem + event PutItem + SendMessage',
          ms(ack.rawGuardedMs.p50),
          ms(ack.rawGuardedMs.p90),
          ms(ack.rawGuardedMs.p99),
          ms(ack.rawGuardedMs.mean),
        ],
        [
          'Signed POST /webhooks/payment, 202',
          ms(ack.gatewayMs.p50),
          ms(ack.gatewayMs.p90),
          ms(ack.gatewayMs.p99),
          ms(ack.gatewayMs.mean),
        ],
        ["Ratio to issue 7's baseline (the target)", ratio(ack.ratioP50), '', 'not compared', ''],
        [
          'Ratio to the calls our path makes (overhead)',
          ratio(ack.overheadRatioP50),
          '',
          'not compared',
          '',
        ],
      ],
    ),
    '',
    `Target: at most ${ack.targetRatio}x issue 7's baseline at p50: ${yesNo(ack.met)} (${ratio(ack.ratioP50)}). ` +
      `Our path makes a third call, the conditional PutItem of the event-id guard (\`event-id#<provider>#<event_id>\` / ` +
      '`guard`, holding the payload hash): it makes any reuse of an event id with a different payload, event time or ' +
      "transaction a 409 EVENT_ID_CONFLICT instead of a second stored event, which the event's own key (transaction and " +
      `event time) cannot catch. That call costs ${ms(ack.rawGuardedMs.p50 - ack.rawMs.p50)} at p50 here. Against the three ` +
      `calls the path makes, the overhead is ${ratio(ack.overheadRatioP50)} at p50 (${ms(ack.gatewayMs.p50 - ack.rawGuardedMs.p50)}): ` +
      'the local gateway (HTTP, signature verification, request validation), the runtime hop over IPC and the handler itself; ' +
      "the warm section shows the handler's share is tens of microseconds, so nearly all of it is the emulated gateway and " +
      "runtime, which in AWS are API Gateway's and Lambda's own overheads and not this code. Only p50s are compared: " +
      `over ${ack.pairs} rounds a p99 is the one or two slowest samples, i.e. the emulator's hiccups.` +
      (unexpected.length
        ? ` Left out of the sample: ${unexpected.map(([s, n]) => `${n} x HTTP ${s}`).join(', ')}.`
        : ''),
  ].join('\n');
}

export function renderLoad(results: BenchResults): string {
  const load = results.load;
  if (!load) return '## 4. End-to-end load\n\nNot measured in this run (see the end of this file).';
  const r = load.reconciliation;
  const p = load.profile;
  const statuses = Object.entries(load.byStatus)
    .map(([s, n]) => `${n} x ${s}`)
    .join(', ');
  const fnRows = Object.entries(load.functionLogs)
    .filter(([, f]) => f.invocations > 0)
    .map(([name, f]) => [
      name,
      num(f.invocations, 0),
      ms(f.durationMs.p50),
      ms(f.durationMs.p99),
      `${num(f.appBytesPerInvocation, 0)} B`,
    ]);
  return [
    '## 4. End-to-end load on loopback',
    '',
    `A bounded open-loop load of signed webhooks: ${p.ratePerSecond}/s for ${p.durationSeconds} s (at most ` +
      `${Math.round(p.ratePerSecond * p.durationSeconds)} requests, at most ${p.maxInFlight} in flight), ` +
      `${Math.round(p.duplicateRatio * 100)} % of them redeliveries of events already acknowledged, over ${p.recipients} customer ` +
      "addresses; then a bounded wait until every accepted event's email is in the outbox. Everything on 127.0.0.1.",
    '',
    table(
      ['Measure', 'Value'],
      [
        ['Deliveries (answers)', `${load.deliveries} (${statuses})`],
        ['New events / redeliveries sent', `${load.newEvents} / ${load.redeliveries}`],
        [
          'Throughput (2xx answers per second)',
          `${num(load.throughputPerSecond)} /s over ${num(load.loadSeconds)} s`,
        ],
        [
          'Ack latency, all 2xx: p50 / p99',
          `${ms(load.ackLatencyMs.p50)} / ${ms(load.ackLatencyMs.p99)}`,
        ],
        [
          'Ack latency, new events (202): p50 / p99',
          `${ms(load.ackLatencyNewMs.p50)} / ${ms(load.ackLatencyNewMs.p99)}`,
        ],
        [
          'Ack latency, redeliveries (200): p50 / p99',
          `${ms(load.ackLatencyDuplicateMs.p50)} / ${ms(load.ackLatencyDuplicateMs.p99)}`,
        ],
        [
          'Webhook-to-email lag: p50 / p99 / max',
          `${ms(load.emailLagMs.p50, 0)} / ${ms(load.emailLagMs.p99, 0)} / ${ms(load.emailLagMs.max, 0)}`,
        ],
        ['Customer emails per second while draining', num(load.emailsPerSecond)],
        ['Last email after the last 202', `${num(load.drainSeconds)} s`],
      ],
    ),
    '',
    "The sender paces publishes (EMAILS_PER_SECOND per execution environment, times the event source's MaximumConcurrency), " +
      "so above that rate emails queue and the lag grows with the backlog by design; below it the lag is the pipeline's own " +
      '(queue poll, claim, publish, SNS delivery).',
    '',
    '**Reconciliation** (table scan, outbox, queue attributes, and `GET /transactions/{id}` on a sample):',
    '',
    table(
      ['Check', 'Result'],
      [
        ['Events acknowledged with 202', String(r.accepted)],
        [
          'Stored exactly once (table)',
          `${r.storedOnce}${r.storedMissing.length ? `, missing ${r.storedMissing.length}` : ''}${r.storedMoreThanOnce.length ? `, extra ${r.storedMoreThanOnce.length}` : ''}`,
        ],
        [
          'Emailed exactly once to their customer (outbox)',
          `${r.notifiedOnce}${r.notifiedMissing.length ? `, missing ${r.notifiedMissing.length}` : ''}${r.notifiedMoreThanOnce.length ? `, twice or more ${r.notifiedMoreThanOnce.length}` : ''}`,
        ],
        ['Redeliveries answered 200 duplicate (no item, no email)', String(r.duplicatesAnswered)],
        ['Emails to another customer', String(r.misrouted)],
        ['Copies to other subscribers (operations list)', String(r.otherCopies)],
        [
          `API view lists the event exactly once (sample of ${r.apiSampled})`,
          r.apiMismatches.length ? `${r.apiMismatches.length} mismatch(es)` : 'all',
        ],
        ['Left in the queue / in its DLQ', `${r.queueLeft} / ${r.deadLetters}`],
        ['Verdict', yesNo(r.ok)],
      ],
    ),
    '',
    'Function invocations during the window (durations as the local runtime reports them, against moto):',
    '',
    table(
      ['Function', 'Invocations', 'Duration p50', 'Duration p99', 'Log bytes per invocation'],
      fnRows,
    ),
  ].join('\n');
}
