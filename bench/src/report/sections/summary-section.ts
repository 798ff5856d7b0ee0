import { designFloor } from '../../cost/design-floor';
import type { BenchResults } from '../../results';
import { ratio, table, usd, yesNo } from '../markdown';

export function renderSummary(results: BenchResults): string {
  const rows: string[][] = [];
  const cold = results.coldStart;
  if (cold) {
    type ColdFunction = (typeof cold.functions)[number];
    const list = (pick: (f: ColdFunction) => number) =>
      cold.functions.map((f) => `${f.name} ${ratio(pick(f))}`).join(', ');
    // A sampled cold start also loads the tracer within its first invocation.
    const sampledColdStart = (f: ColdFunction) => {
      const naive = f.bundles.find((b) => b.id.endsWith('/naive'))?.wallMs.p50;
      const ours = f.bundles.find((b) => b.id.endsWith('/ours'))?.wallMs.p50;
      if (!naive || ours === undefined || !f.firstSampled) return Number.NaN;
      return (ours + f.firstSampled.wallMs.p50) / naive;
    };
    rows.push([
      `Cold start: init <= ${cold.targets.initRatio}x the naive bundle's`,
      `ours (dist): ${list((f) => f.ours.initRatio)}; as one CommonJS file: ${list((f) => f.singleCjs.initRatio)}; ` +
        `a sampled cold start (1 in 20 with the stack's 5 % rule) also loads the X-Ray SDK in its first invocation: ` +
        `${list(sampledColdStart)} of naive init`,
      `${yesNo(cold.functions.every((f) => f.ours.initMet))} (sampled cold starts: ${yesNo(
        cold.functions.every((f) => sampledColdStart(f) <= cold.targets.initRatio),
      )})`,
    ]);
    rows.push([
      `Cold start: size <= ${cold.targets.sizeRatio}x the naive bundle's, judged on the code loaded at init`,
      `loaded at init: ${list((f) => f.ours.sizeRatio)}; whole deployment package: ${list((f) => f.ours.packageRatio)}`,
      `${yesNo(cold.functions.every((f) => f.ours.sizeMet))} at init, ${yesNo(cold.functions.every((f) => f.ours.packageRatio <= cold.targets.sizeRatio))} for the package`,
    ]);
  }
  const ack = results.ackPath;
  if (ack) {
    rows.push([
      `Ack path: p50 <= ${ack.targetRatio}x the raw PutItem + SendMessage`,
      `p50 ${ratio(ack.ratioP50)} (${ack.gatewayMs.p50.toFixed(1)} vs ${ack.rawMs.p50.toFixed(1)} ms); ` +
        `vs the three calls the path makes (with the event-id guard PutItem): p50 ${ratio(ack.overheadRatioP50)} (${ack.rawGuardedMs.p50.toFixed(1)} ms)`,
      yesNo(ack.met),
    ]);
  }
  const load = results.load;
  if (load) {
    const r = load.reconciliation;
    rows.push([
      'End-to-end load: every accepted event stored once and emailed once',
      `${r.accepted} accepted, ${r.storedOnce} stored once, ${r.notifiedOnce} emailed once, ${r.duplicatesAnswered} redeliveries answered 200, queue ${r.queueLeft}, DLQ ${r.deadLetters}`,
      yesNo(r.ok),
    ]);
  }
  const cost = results.cost;
  if (cost) {
    rows.push([
      `Cost: < $${cost.target} per million webhooks excluding email, 5 % tracing`,
      `${usd(cost.ours.sampled.excludingEmail, 2)} (naive design ${usd(cost.naive.sampled.excludingEmail, 2)}); with email ${usd(cost.ours.sampled.total, 2)}; ` +
        `the requests the brief and the guarantees need cost ${usd(designFloor().totalUsdPerMillion, 2)} before any log or Lambda duration (section 5, "The floor of this design")`,
      yesNo(cost.met),
    ]);
  }
  return ['## Summary', '', table(['Target (issue 7)', 'Measured', 'Met'], rows)].join('\n');
}

export function renderHowToRun(): string {
  return [
    '## How to run',
    '',
    '```bash',
    'npm run bench                      # everything, ~5 minutes; writes bench/results/ and BENCHMARKS.md',
    'npm run bench -- --no-stack        # cold start and warm handlers only (no moto, no local stack)',
    'npm run bench -- --rate 20 --duration 60   # a heavier end-to-end load (stage throttle: 25/s)',
    'npm run bench -- --smoke           # tiny sizes, writes to tmp/bench/smoke (what npm test runs)',
    'npm run bench -- --help',
    '```',
    '',
    'It builds the three bundles and the template through Nx first (cached), runs everything on loopback ' +
      "against the project's own moto, and never talks to AWS. `npm test` runs the smoke size and asserts only " +
      'that the harness works and the reconciliation holds, never a speed.',
  ].join('\n');
}
