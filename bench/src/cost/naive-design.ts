import type { Usage } from './usage';

/** What the naive model needs to know about the run, besides our usage. */
export interface RunShape {
  /** Accepted (new) events per delivery; the rest were redeliveries. */
  readonly newShare: number;
  /** Write units one event item costs (from the counted puts). */
  readonly writeUnitsPerItem: number;
  /** SNS subscription set-up calls per delivery (same for both designs). */
  readonly subscriptionCallsPerDelivery: number;
}

export const NAIVE_DESIGN_ASSUMPTIONS = [
  'Sort key = write time, so DynamoDB cannot reject a redelivery; the handler reads first ' +
    '(one eventually consistent read, 0.5 RRU, per delivery) and writes if nothing is there.',
  'One unconditional PutItem per new event; redeliveries caught by the read write nothing ' +
    '(a concurrent redelivery would write and email twice: not priced here).',
  'One queue message per email, consumed one message per invocation: a SendMessage, a ' +
    'ReceiveMessage and a DeleteMessage, and one sender invocation per email.',
  'The sender publishes without claim/mark-sent bookkeeping (no DynamoDB writes), taking as ' +
    'long per email as ours did; function logs and traces as counted for ours.',
] as const;

/**
 * The naive design's usage per delivery, derived from the counts of the same run: the same
 * deliveries, events, items, emails and log volume, priced with the naive design's calls.
 */
export function naiveUsage(ours: Usage, shape: RunShape): Usage {
  const sender = ours.lambda['notification-sender'];
  const senderGbSecondsPerEmail = shape.newShare > 0 ? sender.gbSeconds / shape.newShare : 0;
  const platformBytesPerInvocation =
    ours.logBytes.functionPlatform /
    Math.max(1e-9, ours.lambda['webhook-processor'].invocations + sender.invocations);
  const invocations = ours.lambda['webhook-processor'].invocations + shape.newShare;
  return {
    ...ours,
    lambda: {
      'webhook-processor': ours.lambda['webhook-processor'],
      'notification-sender': {
        invocations: shape.newShare,
        gbSeconds: senderGbSecondsPerEmail * shape.newShare,
      },
    },
    dynamoDbWriteUnits: shape.newShare * shape.writeUnitsPerItem,
    dynamoDbReadUnits: 0.5,
    sqsRequests: 3 * shape.newShare,
    snsRequests: shape.newShare + shape.subscriptionCallsPerDelivery,
    logBytes: { ...ours.logBytes, functionPlatform: invocations * platformBytesPerInvocation },
  };
}
