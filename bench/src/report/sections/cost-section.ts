import { designFloor } from '../../cost/design-floor';
import { OTHER_PRICES, PRICES } from '../../cost/price-table';
import type { BenchResults } from '../../results';
import { num, table, usd, yesNo } from '../markdown';

function signed(value: number): string {
  return `${value >= 0 ? '+' : '-'}${usd(Math.abs(value), 3)}`;
}

export function renderCost(
  results: BenchResults,
  chart: (name: string, alt: string) => string,
): string {
  const cost = results.cost;
  if (!cost) return '## 5. Cost model\n\nNot computed in this run (see the end of this file).';
  const s = cost.basis.settings;
  const ours = cost.ours.sampled;
  const naive = cost.naive.sampled;
  const naiveByItem = new Map(naive.lines.map((l) => [`${l.service}|${l.item}`, l]));
  return [
    '## 5. Cost per million webhooks',
    '',
    `Every AWS call moto served during the load window was counted (${
      cost.basis.callSource === 'moto request recorder'
        ? "moto's request recorder, which the harness switches on through `MOTO_RECORDER_FILEPATH` and its HTTP API"
        : "the local stack's `onAwsCall` observer on its AWS endpoint"
    }) and attributed by its SDK user agent: the functions' calls carry ` +
      '`exec-env/AWS_Lambda_nodejs24.x`; the rest is the local stack itself (the SQS event ' +
      "source's polling, which in AWS is Lambda's poller and billed to the account, and the outbox's SNS mirror, which is " +
      'local only and not priced). Counts are divided by the number of deliveries (every POST, redeliveries included) and ' +
      `multiplied by the prices of REFERENCE-FIGURES.md. Settings read from \`${s.source}\`: Lambdas ` +
      `${s.functions['webhook-processor'].memoryMb} MB ${s.functions['webhook-processor'].architecture}, sender batch size ` +
      `${s.senderBatchSize}, max concurrency ${s.senderMaxConcurrency}, ${s.emailsPerSecondPerInstance} emails/s per environment, ` +
      `API execution logging ${s.executionLogging.level}${s.executionLogging.dataTrace ? ' with data trace' : ' without data trace'}, ` +
      `stage tracing ${s.stageTracing ? 'on' : 'off'}, ${s.customSamplingRule ? 'a custom' : 'no custom'} X-Ray sampling rule.`,
    '',
    chart('cost-per-million.svg', 'Cost per million webhook deliveries'),
    '### AWS calls per webhook delivery (counted)',
    '',
    table(
      ['Caller', 'Service', 'Action', 'Calls in the window', 'Per delivery'],
      cost.callsPerWebhook.map((c) => [
        c.caller === 'function' ? 'Lambda functions' : 'event source / local stack',
        c.service,
        c.action,
        String(c.count),
        num(c.perWebhook, 3),
      ]),
    ),
    '',
    `DynamoDB write units are sized per call from the item written (an event item is ${num(cost.writeUnitsPerItem, 2)} WRU here); ` +
      'a conditional write that fails still consumes its units.',
    '',
    '### Line items, ours vs the naive design (USD per million deliveries, 5 % tracing)',
    '',
    table(
      ['Service', 'Item', 'Ours per delivery', 'Ours $/M', 'Naive per delivery', 'Naive $/M'],
      ours.lines.map((l) => {
        const n = naiveByItem.get(`${l.service}|${l.item}`);
        return [
          l.service,
          l.item,
          `${num(l.perWebhook, 4)} ${l.unit}`,
          usd(l.usdPerMillion),
          n ? `${num(n.perWebhook, 4)} ${n.unit}` : '',
          n ? usd(n.usdPerMillion) : '',
        ];
      }),
    ),
    '',
    table(
      ['Scenario', 'Excluding email', 'Email', 'Total'],
      [
        [
          'Ours, no tracing',
          usd(cost.ours.untraced.excludingEmail, 2),
          usd(cost.ours.untraced.email, 2),
          usd(cost.ours.untraced.total, 2),
        ],
        [
          '**Ours, 5 % tracing**',
          `**${usd(ours.excludingEmail, 2)}**`,
          usd(ours.email, 2),
          usd(ours.total, 2),
        ],
        [
          'Ours, 100 % tracing',
          usd(cost.ours.traced.excludingEmail, 2),
          usd(cost.ours.traced.email, 2),
          usd(cost.ours.traced.total, 2),
        ],
        [
          'Naive design, 5 % tracing',
          usd(naive.excludingEmail, 2),
          usd(naive.email, 2),
          usd(naive.total, 2),
        ],
      ],
    ),
    '',
    `Target: below $${cost.target} per million excluding email at 5 % trace sampling: ${yesNo(cost.met)} (${usd(ours.excludingEmail, 2)}). ` +
      '"Excluding email" leaves out the SNS email delivery fee only; the publish request and everything upstream of it are in. ' +
      `Email is counted per delivered copy: ${num(cost.usage.emailDeliveries, 2)} per webhook here, the customer's and the operations ` +
      "subscription's copy.",
    '',
    ...renderFloor(cost.target),
    '',
    "Naive design, modelled from the same run's counts:",
    '',
    ...cost.naive.assumptions.map((a) => `- ${a}`),
    '',
    '### Knobs that move it (each alone, from ours at 5 % tracing)',
    '',
    table(
      ['Knob', 'Change', 'Excluding email', 'Delta', 'With email', 'Delta'],
      cost.knobs.map((k) => [
        k.knob,
        k.change,
        usd(k.excludingEmail, 2),
        signed(k.delta),
        usd(k.total, 2),
        signed(k.deltaTotal),
      ]),
    ),
    '',
    `Sampling: "5 %" is the X-Ray default rule's fixed rate, but that rule also records the first request each second; ` +
      `at ${cost.basis.ratePerSecond} webhooks/s that makes ${num(cost.defaultRuleSampling * 100, 1)} % of requests, and ` +
      `5 % only holds with a custom sampling rule whose reservoir is 0 (${s.customSamplingRule ? 'the stack defines one for its API stage, so the default-rule line above is what it avoids' : 'the stack defines none'}). Batch size: at low traffic the ` +
      'event source delivers one message per invocation whatever the batch size; batching pays off once messages wait, e.g. ' +
      "behind the sender's email pacing. Item size: every write costs one WRU per started KB, and each event is written three " +
      'times (the conditional put, the claim and the mark-sent), so a payload growing past 1 KB costs three more WRUs.',
    '',
    'Not in the per-webhook figure: KMS (the customer-managed key is $1 per month; SQS and DynamoDB cache data keys, so ' +
      'per-request KMS calls are negligible and not visible in the emulator), CloudWatch custom metrics from EMF (billed per metric ' +
      'per month, not per request), Lambda INIT duration (billed since 2025-08-01; a cold start per thousand invocations at the ' +
      'init times of section 1 costs well under a cent per million), GET /transactions/{id} and POST /notify traffic, free tiers. ' +
      "Lambda durations are the local runtime's against moto; API access-log bytes are the stage's own format rendered with " +
      'realistic values; API execution-log bytes are the documented INFO lines without data trace (the local gateway writes none).',
    '',
    'Prices used:',
    '',
    table(
      ['Item', 'Price', 'Source'],
      [
        ...Object.entries(PRICES).map(([key, p]) => [key, `$${p.usd}`, p.source]),
        ...Object.entries(OTHER_PRICES).map(([key, p]) => [key, `$${p.usd}`, p.source]),
      ],
    ),
  ].join('\n');
}

/** Why the target is out of reach of tuning: the cost of the requests the guarantees need. */
function renderFloor(target: number): string[] {
  const floor = designFloor();
  const guard = floor.lines.find((l) => l.item.startsWith('event-id guard'))?.usdPerMillion ?? 0;
  const exactlyOnce =
    floor.lines.find((l) => l.item.startsWith('claim + mark-sent'))?.usdPerMillion ?? 0;
  return [
    '### The floor of this design',
    '',
    'The least a new event can cost here whatever the tuning: only the requests the brief and the ' +
      'guarantees make unavoidable, at their best case (full sender batches, items under 1 KB, X-Ray at exactly 5 %), ' +
      'with **no log bytes and no Lambda duration at all**. They are the calls counted above for a new event, at their best ' +
      'case: the run counts more receives and sender invocations per message (one message per batch at this rate) and ' +
      'Subscribe/GetSubscriptionAttributes for recipients new to an execution environment.',
    '',
    table(
      ['Request', 'Required by', '$/M'],
      [
        ...floor.lines.map((l) => [l.item, l.requiredBy, usd(l.usdPerMillion, 3)]),
        ['**Floor**', '', `**${usd(floor.totalUsdPerMillion, 2)}**`],
      ],
    ),
    '',
    `The floor is ${usd(floor.totalUsdPerMillion, 2)}, ${floor.totalUsdPerMillion > target ? 'above' : 'below'} the ` +
      `$${target} target${floor.totalUsdPerMillion > target ? ', so no log level, sampling rule, batch size or memory setting reaches it' : ''}. ` +
      `Reaching it takes a product decision, not tuning: dropping the event-id guard saves ${usd(guard, 3)} ` +
      `(reuse of an event id with another event time or transaction would then be stored as a second event), floor ` +
      `${usd(floor.totalUsdPerMillion - guard, 2)}; replacing the claim + mark-sent pair with one write saves a further ` +
      `${usd(exactlyOnce / 2, 3)} and gives up one email per event (at-most-once if the write comes before the publish, a ` +
      `second email after a crash if after), floor ${usd(floor.totalUsdPerMillion - guard - exactlyOnce / 2, 2)}, which ` +
      'leaves well under a dollar for every log line and Lambda millisecond; ' +
      `an HTTP API instead of the REST API the brief asks for saves ${usd(
        PRICES.apiGatewayRestPerMillion.usd - OTHER_PRICES.apiGatewayHttpPerMillion.usd,
        3,
      )} but loses request models and per-method throttling.`,
  ];
}
