import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PricedUsage } from '../cost/price-usage';
import type { BenchResults } from '../results';
import { groupedBarChart, stackedBarChart, type Segment } from './svg-charts';

const COLORS = {
  floor: '#9e9e9e',
  naive: '#e67e22',
  ours: '#2e86c1',
  variant: ['#27ae60', '#1e8449', '#145a32'],
  silent: '#85c1e9',
  powertools: '#2e86c1',
  raw: '#e67e22',
  rawGuarded: '#f5b041',
  gateway: '#2e86c1',
};

const SERVICE_COLORS: Record<string, string> = {
  'API Gateway': '#8e44ad',
  Lambda: '#e67e22',
  DynamoDB: '#2e86c1',
  SQS: '#d4ac0d',
  SNS: '#27ae60',
  'CloudWatch Logs': '#7f8c8d',
  'X-Ray': '#c0392b',
};

/** Writes the SVG charts of whatever sections ran; returns their paths. */
export function writeCharts(results: Omit<BenchResults, 'charts'>, dir: string): string[] {
  const written: string[] = [];
  const write = (name: string, svg: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, svg);
    written.push(file);
  };

  const cold = results.coldStart;
  if (cold) {
    write(
      'cold-start.svg',
      groupedBarChart({
        title: 'Module initialisation per function (median of fresh Node 24 processes)',
        subtitle: `require() of the entry, ${cold.rounds} processes each, interleaved; bar = median wall time, label adds the size loaded at init (and the package, if larger)`,
        unit: 'ms',
        groups: cold.functions.map((fn) => ({
          title: fn.name,
          bars: [
            {
              label: 'empty handler (floor)',
              value: cold.floor.wallMs.p50,
              color: COLORS.floor,
              note: `${cold.floor.wallMs.p50.toFixed(1)} ms`,
            },
            ...fn.bundles.map((b, i) => ({
              label: b.label,
              value: b.wallMs.p50,
              color:
                i === 0
                  ? COLORS.naive
                  : i === 1
                    ? COLORS.ours
                    : (COLORS.variant[i - 2] ?? COLORS.ours),
              note:
                `${b.wallMs.p50.toFixed(1)} ms · ${(b.bytes / 1024).toFixed(0)} KB` +
                (b.packageBytes > b.bytes
                  ? ` (package ${(b.packageBytes / 1024).toFixed(0)} KB)`
                  : ''),
            })),
          ],
        })),
      }),
    );
  }

  const warm = results.warm;
  if (warm) {
    const scenarios = [...new Set(warm.measurements.map((m) => m.scenario))];
    write(
      'warm-handlers.svg',
      groupedBarChart({
        title: 'Warm handler CPU time per event (in-memory fakes of the ports)',
        subtitle: 'median over fresh processes after a warm-up; lower is better',
        unit: 'µs',
        groups: scenarios.map((scenario) => ({
          title: scenario,
          bars: warm.measurements
            .filter((m) => m.scenario === scenario)
            .map((m) => ({
              label: m.telemetry === 'silent' ? 'handler only' : 'with Powertools Logger + Metrics',
              value: m.cpuUsPerEvent,
              color: m.telemetry === 'silent' ? COLORS.silent : COLORS.powertools,
              note: `${m.cpuUsPerEvent.toFixed(1)} µs · ${m.eventsPerSecondPerCore.toLocaleString('en-US')} events/s/core`,
            })),
        })),
      }),
    );
  }

  const ack = results.ackPath;
  if (ack) {
    write(
      'ack-path.svg',
      groupedBarChart({
        title: 'Webhook acknowledgement: full local path vs the calls it cannot avoid',
        subtitle: `${ack.pairs} rotating rounds, one call at a time, same moto; p50 ${ack.ratioP50.toFixed(2)}x the issue's two calls (target <= ${ack.targetRatio}x), ${ack.overheadRatioP50.toFixed(2)}x the three calls the path makes`,
        unit: 'ms',
        groups: (['p50', 'p99'] as const).map((p) => ({
          title: p,
          bars: [
            { label: 'event PutItem + SendMessage', value: ack.rawMs[p], color: COLORS.raw },
            {
              label: 'guard PutItem + event PutItem + SendMessage',
              value: ack.rawGuardedMs[p],
              color: COLORS.rawGuarded,
            },
            {
              label: 'signed POST via gateway + Lambda',
              value: ack.gatewayMs[p],
              color: COLORS.gateway,
            },
          ],
        })),
      }),
    );
  }

  const cost = results.cost;
  if (cost) {
    const bySegment = (priced: PricedUsage): Segment[] => {
      const totals = new Map<string, number>();
      for (const line of priced.lines) {
        if (line.category === 'email') continue;
        const key = line.service;
        totals.set(key, (totals.get(key) ?? 0) + line.usdPerMillion);
      }
      return [...totals.entries()].map(([label, value]) => ({
        label,
        value,
        color: SERVICE_COLORS[label] ?? '#555',
      }));
    };
    write(
      'cost-per-million.svg',
      stackedBarChart({
        title: 'Cost per million webhook deliveries, from calls counted in the load run',
        subtitle: `${cost.basis.deliveries} deliveries at ${cost.basis.ratePerSecond}/s, list prices of REFERENCE-FIGURES.md, excluding email deliveries (+$${cost.ours.sampled.email.toFixed(2)} as counted)`,
        unit: 'USD',
        prefix: '$',
        target: { value: cost.target, label: `target $${cost.target} (excl. email, 5 % tracing)` },
        bars: [
          { label: 'ours, no tracing', segments: bySegment(cost.ours.untraced) },
          { label: 'ours, 5 % tracing', segments: bySegment(cost.ours.sampled) },
          { label: 'naive design, 5 % tracing', segments: bySegment(cost.naive.sampled) },
          { label: 'ours, 100 % tracing', segments: bySegment(cost.ours.traced) },
        ],
      }),
    );
  }
  return written;
}
