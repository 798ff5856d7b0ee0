import type { Usage } from './usage';

/** A what-if: the run's usage per delivery as it would be after one change. */
export type UsageChange = (u: Usage) => Usage;

/** What the what-ifs scale by, per delivery of the measured run. */
export interface RunShares {
  /** Deliveries that were new events (the rest are redeliveries). */
  readonly newShare: number;
  /** DynamoDB PutItem + UpdateItem calls of the functions. */
  readonly writeCallsPerDelivery: number;
  /** Emails to other recipients than the customer (the operations list's copies). */
  readonly otherCopiesPerDelivery: number;
}

/** Every what-if the knobs table prices, keyed by what it changes. */
export function usageChanges(run: RunShares) {
  const { newShare } = run;
  const sender = (u: Usage) => u.lambda['notification-sender'];
  const withSender =
    (invocationsPerEmail: number, sqsPerEmail: number): UsageChange =>
    (u) => ({
      ...u,
      lambda: {
        ...u.lambda,
        'notification-sender': { ...sender(u), invocations: newShare * invocationsPerEmail },
      },
      sqsRequests: newShare * sqsPerEmail,
    });
  const scaleGbSeconds =
    (fn: 'webhook-processor' | 'notification-sender', factor: number): UsageChange =>
    (u) => ({
      ...u,
      lambda: {
        ...u.lambda,
        [fn]: { ...u.lambda[fn], gbSeconds: u.lambda[fn].gbSeconds * factor },
      },
    });
  return {
    noExecutionLog: ((u) => ({
      ...u,
      logBytes: { ...u.logBytes, apiExecution: 0 },
    })) as UsageChange,
    warnLogs: ((u) => ({
      ...u,
      logBytes: { ...u.logBytes, functionApp: u.logBytes.functionEmf },
    })) as UsageChange,
    fullBatches: withSender(0.1, 1.2),
    batchOfOne: withSender(1, 3),
    biggerItems: ((u) => ({
      ...u,
      dynamoDbWriteUnits: u.dynamoDbWriteUnits + run.writeCallsPerDelivery,
    })) as UsageChange,
    oneSenderWrite: ((u) => ({
      ...u,
      dynamoDbWriteUnits: Math.max(0, u.dynamoDbWriteUnits - newShare),
    })) as UsageChange,
    halfMemory: ((u) =>
      scaleGbSeconds(
        'notification-sender',
        0.5,
      )(scaleGbSeconds('webhook-processor', 0.5)(u))) as UsageChange,
    smallSender: scaleGbSeconds('notification-sender', 0.25),
    newCustomers: ((u) => ({ ...u, snsRequests: newShare * 3 })) as UsageChange,
    noOperationsCopy: ((u) => ({
      ...u,
      emailDeliveries: Math.max(0, u.emailDeliveries - run.otherCopiesPerDelivery),
    })) as UsageChange,
  } satisfies Record<string, UsageChange>;
}

export type UsageChanges = ReturnType<typeof usageChanges>;

/** Several what-ifs applied in order. */
export const combined =
  (...list: UsageChange[]): UsageChange =>
  (u) =>
    list.reduce((acc, change) => change(acc), u);
