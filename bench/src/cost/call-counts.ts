import type { AwsCallRecord, Caller } from '../emulator/aws-call-record';

export interface CallCount {
  readonly caller: Caller;
  readonly service: string;
  readonly action: string;
  readonly count: number;
  /** SQS bills per started 64 KB of payload; this is the sum of those chunks. */
  readonly billedRequests: number;
}

/** Calls per caller, service and action, as moto received them. */
export function countCalls(calls: readonly AwsCallRecord[]): CallCount[] {
  const counts = new Map<string, { call: AwsCallRecord; count: number; billed: number }>();
  for (const call of calls) {
    const key = `${call.caller}|${call.service}|${call.action}`;
    const entry = counts.get(key) ?? { call, count: 0, billed: 0 };
    entry.count += 1;
    entry.billed += call.service === 'sqs' ? Math.max(1, Math.ceil(call.requestBytes / 65536)) : 1;
    counts.set(key, entry);
  }
  return [...counts.values()]
    .map(({ call, count, billed }) => ({
      caller: call.caller,
      service: call.service,
      action: call.action,
      count,
      billedRequests: billed,
    }))
    .sort(
      (a, b) =>
        a.caller.localeCompare(b.caller) || a.service.localeCompare(b.service) || b.count - a.count,
    );
}
