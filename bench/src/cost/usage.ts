import type { FunctionLogWindow } from '../load/function-logs';
import type { FunctionName } from '../shared/functions';
import type { CallCount } from './call-counts';
import type { CapacityUnits } from './dynamodb-capacity';
import { accessLogLine, executionLogLines, lambdaPlatformLines } from './log-line-models';
import { LOG_EVENT_OVERHEAD_BYTES } from './price-table';
import type { StackSettings } from './stack-settings';

export type BilledFunction = 'webhook-processor' | 'notification-sender';

/** Billable usage per webhook delivery (every POST /webhooks/payment, redeliveries included). */
export interface Usage {
  readonly apiRequests: number;
  readonly lambda: Record<BilledFunction, { invocations: number; gbSeconds: number }>;
  readonly dynamoDbWriteUnits: number;
  readonly dynamoDbReadUnits: number;
  /** SQS requests in 64 KB chunks: the functions' sends and the event source's polling. */
  readonly sqsRequests: number;
  /** SNS API requests of the functions: publishes, subscription set-up. */
  readonly snsRequests: number;
  /** Email deliveries: the customer's and every other subscribed copy (operations). */
  readonly emailDeliveries: number;
  /** CloudWatch Logs ingestion in bytes, event overhead included. */
  readonly logBytes: {
    readonly functionApp: number;
    /** The part of functionApp that is EMF metric lines. */
    readonly functionEmf: number;
    readonly functionPlatform: number;
    readonly apiAccess: number;
    readonly apiExecution: number;
  };
  /** Traces per delivery if every request were sampled. */
  readonly traces: number;
}

export interface RunCounts {
  readonly deliveries: number;
  readonly calls: readonly CallCount[];
  readonly capacity: CapacityUnits;
  readonly functionLogs: Record<FunctionName, FunctionLogWindow>;
  readonly emails: { readonly customer: number; readonly otherCopies: number };
}

const BILLED: readonly BilledFunction[] = ['webhook-processor', 'notification-sender'];

/** Turns what the load run counted into usage per delivery. */
export function usageFromRun(run: RunCounts, settings: StackSettings): Usage {
  const per = (value: number) => value / run.deliveries;
  const calls = (service: string, caller?: 'function' | 'platform') =>
    run.calls
      .filter((c) => c.service === service && (!caller || c.caller === caller))
      .reduce((total, c) => total + c.billedRequests, 0);
  const lambda = Object.fromEntries(
    BILLED.map((fn) => {
      const logs = run.functionLogs[fn];
      const memoryGb = settings.functions[fn].memoryMb / 1024;
      // Lambda bills duration rounded up to the millisecond.
      const billedMs = logs.durationsMs.reduce((total, ms) => total + Math.ceil(ms), 0);
      return [
        fn,
        { invocations: per(logs.invocations), gbSeconds: per((billedMs / 1000) * memoryGb) },
      ];
    }),
  ) as Usage['lambda'];
  const invocations = BILLED.reduce((t, fn) => t + run.functionLogs[fn].invocations, 0);
  const appBytes = BILLED.reduce(
    (t, fn) =>
      t + run.functionLogs[fn].appBytes + run.functionLogs[fn].appLines * LOG_EVENT_OVERHEAD_BYTES,
    0,
  );
  const emfBytes = BILLED.reduce(
    (t, fn) =>
      t + run.functionLogs[fn].emfBytes + run.functionLogs[fn].emfLines * LOG_EVENT_OVERHEAD_BYTES,
    0,
  );
  return {
    apiRequests: 1,
    lambda,
    dynamoDbWriteUnits: per(run.capacity.writeUnits),
    dynamoDbReadUnits: per(run.capacity.readUnits),
    // The event source's polling is the Lambda service calling SQS, billed to the account.
    sqsRequests: per(calls('sqs')),
    // The platform's SNS calls are the local outbox's subscription mirror: local only.
    snsRequests: per(calls('sns', 'function')),
    emailDeliveries: per(run.emails.customer + run.emails.otherCopies),
    logBytes: {
      functionApp: per(appBytes),
      functionEmf: per(emfBytes),
      functionPlatform: per(invocations) * eventBytes(lambdaPlatformLines(false)),
      apiAccess: settings.accessLogFormat
        ? eventBytes([accessLogLine(settings.accessLogFormat)])
        : 0,
      apiExecution: eventBytes(
        executionLogLines(settings.executionLogging.level, settings.executionLogging.dataTrace),
      ),
    },
    traces: 1,
  };
}

function eventBytes(lines: readonly string[]): number {
  return lines.reduce((t, line) => t + Buffer.byteLength(line) + LOG_EVENT_OVERHEAD_BYTES, 0);
}
