import type { BenchResults } from '../../results';
import { num, table } from '../markdown';

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
      'Logger and Metrics writing JSON lines and EMF to stdout (discarded), as in Lambda. AWS SDK calls are not in these numbers ' +
      '(the fakes replace them); the ack-path and load sections below include them.',
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
    "What it means: the handlers' own work is tens of microseconds per event, far below the milliseconds of the DynamoDB " +
      'and SQS calls around them (reference: about 15-16.5 ms for two warm DynamoDB calls from a 512 MB Lambda). Structured ' +
      'logging and EMF metrics are a visible share of it, which is the same knob as log volume in the cost model.',
  ].join('\n');
}
