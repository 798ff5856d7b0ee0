import type { BenchResults } from '../../results';
import { num, table } from '../markdown';

function sdkShare(measurements: NonNullable<BenchResults['warm']>['measurements']): string[] {
  const cpu = (scenario: string) =>
    measurements.find((m) => m.scenario === scenario && m.telemetry === 'silent')?.cpuUsPerEvent;
  const handler = cpu('webhook-processor/accept');
  const withSdk = cpu('webhook-processor/accept-sdk');
  if (handler === undefined || withSdk === undefined) return [];
  return [
    `The two SDK calls add ${(withSdk - handler).toFixed(0)} µs of CPU per webhook (${(withSdk / handler).toFixed(0)}x the ` +
      'handler alone): the signing, the middleware stack and the serde of the AWS SDK, not this code.',
    '',
  ];
}

export function renderWarm(
  results: BenchResults,
  chart: (name: string, alt: string) => string,
): string {
  const warm = results.warm;
  if (!warm)
    return '## 2. Warm handler cost\n\nNot measured in this run (see the end of this file).';
  const first = warm.measurements[0];
  return [
    '## 2. Warm handler cost',
    '',
    "Each handler built by its app's own `createHandler(deps)` over the apps' in-memory fakes of the ports " +
      '(repository, queue, subscriptions, publisher, rate limiter without waiting), bundled and minified like the Lambdas, ' +
      `run in fresh processes: ${first ? num(first.eventsPerProcess, 0) : 'n'} events per process after a warm-up, CPU time ` +
      '(`process.cpuUsage`, user + system) divided by events, median over the processes. "With Powertools" uses the real ' +
      'Logger and Metrics writing JSON lines and EMF to stdout (discarded), as in Lambda. One scenario, `accept-sdk`, swaps the ' +
      "in-memory ports for the app's real DynamoDB and SQS adapters over real SDK clients whose HTTP layer answers locally " +
      '(PutItem `{}`, SendMessage with the MD5 the client checks): it adds the document marshalling, request serialisation, SigV4 ' +
      'signing, middleware and response parsing of the two calls, without a network.',
    '',
    chart('warm-handlers.svg', 'Warm handler CPU time per event'),
    table(
      ['Scenario', 'Telemetry', 'CPU per event', 'Wall per event', 'Events/s per core'],
      warm.measurements.map((m) => [
        `${m.scenario}: ${m.label}`,
        m.telemetry === 'silent' ? 'handler only' : 'Powertools Logger + Metrics',
        `${m.cpuUsPerEvent.toFixed(1)} µs`,
        `${m.wallUsPerEvent.toFixed(1)} µs`,
        num(m.eventsPerSecondPerCore, 0),
      ]),
    ),
    '',
    ...sdkShare(warm.measurements),
    "What it means: the handlers' own work is tens of microseconds per event; the AWS SDK's client-side request path is " +
      "an order of magnitude more; both are far below the milliseconds of the calls' network round trips (reference: about " +
      "15-16.5 ms for two warm DynamoDB calls from a 512 MB Lambda), which is what a warm invocation's billed duration is " +
      'made of. Structured logging and EMF metrics are a visible share of the CPU, the same knob as log volume in the cost model.',
  ].join('\n');
}
