/**
 * Bundled by the harness and run in a fresh process per measurement: warms one scenario up,
 * then handles `iterations` events one after another and writes CPU and wall time per event.
 */
import { writeFileSync } from 'node:fs';
import type { Scenario, Telemetry } from './scenario';
import { notificationSenderScenarios } from './scenarios/notification-sender';
import { transactionReaderScenarios } from './scenarios/transaction-reader';
import { webhookProcessorScenarios } from './scenarios/webhook-processor';

export const SCENARIOS: Scenario[] = [
  ...webhookProcessorScenarios,
  ...transactionReaderScenarios,
  ...notificationSenderScenarios,
];

async function main(): Promise<void> {
  const [id, iterationsArg, warmupArg, telemetryArg, resultFile] = process.argv.slice(2);
  const scenario = SCENARIOS.find((s) => s.id === id);
  if (!scenario || !resultFile)
    throw new Error(`usage: <scenario> <iterations> <warmup> <telemetry> <file>`);
  const iterations = Number(iterationsArg);
  const warmup = Number(warmupArg);
  const run = await scenario.prepare(warmup + iterations, telemetryArg as Telemetry);
  for (let i = 0; i < warmup; i += 1) await run(i);
  const cpu0 = process.cpuUsage();
  const wall0 = process.hrtime.bigint();
  for (let i = warmup; i < warmup + iterations; i += 1) await run(i);
  const wallUs = Number(process.hrtime.bigint() - wall0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const events = iterations * scenario.eventsPerRun;
  writeFileSync(
    resultFile,
    JSON.stringify({
      events,
      cpuUsPerEvent: (cpu.user + cpu.system) / events,
      wallUsPerEvent: wallUs / events,
    }),
  );
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
