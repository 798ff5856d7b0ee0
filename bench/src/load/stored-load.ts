import type { StoredLoadResult } from '../results';
import { FUNCTION_NAMES, type FunctionName } from '../shared/functions';
import { round, summarize } from '../shared/stats';
import type { LoadResult } from './load-bench';

/** The load result as latest.json keeps it: call records counted, log windows summarised. */
export function storedLoad(load: LoadResult): StoredLoadResult {
  const { calls, functionLogs, ...rest } = load;
  const summary = Object.fromEntries(
    FUNCTION_NAMES.map((fn) => {
      const logs = functionLogs[fn];
      return [
        fn,
        {
          invocations: logs.invocations,
          appBytesPerInvocation: logs.invocations ? round(logs.appBytes / logs.invocations, 1) : 0,
          durationMs: summarize(logs.durationsMs),
        },
      ];
    }),
  ) as Record<FunctionName, StoredLoadResult['functionLogs'][FunctionName]>;
  return { ...rest, functionLogs: summary, awsCallsRecorded: calls.length };
}
