/** One warm-handler workload: `prepare` builds everything, `run(i)` handles event i. */
export interface Scenario {
  readonly id: string;
  readonly functionName: string;
  readonly label: string;
  /** Events one run(i) handles (an SQS batch handles several). */
  readonly eventsPerRun: number;
  prepare(iterations: number, telemetry: Telemetry): Promise<(i: number) => Promise<void>>;
}

export type Telemetry = 'silent' | 'powertools';

/** Throws unless the handler answered as the scenario expects: a wrong answer is no benchmark. */
export function expect(condition: boolean, message: string): void {
  if (!condition) throw new Error(`warm scenario answered unexpectedly: ${message}`);
}

/** Element i of a prepared input array (prepared to the exact length, so always present). */
export function at<T>(items: readonly T[], i: number): T {
  const item = items[i];
  if (item === undefined) throw new Error(`no prepared input ${i} of ${items.length}`);
  return item;
}
