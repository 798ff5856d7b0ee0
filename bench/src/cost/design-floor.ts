import { PRICES } from './price-table';

export interface FloorLine {
  /** What is paid for. */
  readonly item: string;
  /** The requirement that makes it unavoidable. */
  readonly requiredBy: string;
  readonly usdPerMillion: number;
}

export interface DesignFloor {
  readonly lines: readonly FloorLine[];
  readonly totalUsdPerMillion: number;
}

const perMillion = (units: number, price: { usd: number }) => units * price.usd;

/**
 * The least a webhook can cost in this design, whatever the tuning: only the requests that the
 * brief and the product's guarantees make unavoidable for a new event, at their best case (full
 * sender batches, items under 1 KB, X-Ray at exactly 5 %), with no log bytes and no Lambda
 * duration at all. If the target is below this, no knob reaches it; a guarantee has to go.
 * The counted calls of the load run (above) are exactly these per new event.
 */
export function designFloor(): DesignFloor {
  const lines: FloorLine[] = [
    {
      item: 'API Gateway REST request',
      requiredBy: 'the brief (REST API with IAM auth and request models)',
      usdPerMillion: perMillion(1, PRICES.apiGatewayRestPerMillion),
    },
    {
      item: 'webhook-processor invocation',
      requiredBy: 'the brief (a Lambda behind each route)',
      usdPerMillion: perMillion(1, PRICES.lambdaRequestsPerMillion),
    },
    {
      item: 'event item: conditional PutItem, 1 WRU',
      requiredBy: 'durable before the 2xx; a redelivery stores nothing',
      usdPerMillion: perMillion(1, PRICES.dynamoDbWriteUnitsPerMillion),
    },
    {
      item: 'event-id guard: conditional PutItem, 1 WRU',
      requiredBy:
        'an event id reused with another time or transaction is a 409, not a second event',
      usdPerMillion: perMillion(1, PRICES.dynamoDbWriteUnitsPerMillion),
    },
    {
      item: 'SendMessage of the notification job',
      requiredBy: 'the brief (SQS between the webhook and the email)',
      usdPerMillion: perMillion(1, PRICES.sqsRequestsPerMillion),
    },
    {
      item: 'ReceiveMessage + DeleteMessageBatch, batches of 10',
      requiredBy: 'the event source consuming the queue',
      usdPerMillion: perMillion(0.2, PRICES.sqsRequestsPerMillion),
    },
    {
      item: 'notification-sender invocation, batches of 10',
      requiredBy: 'the brief',
      usdPerMillion: perMillion(0.1, PRICES.lambdaRequestsPerMillion),
    },
    {
      item: 'claim + mark-sent: two conditional UpdateItems, 2 WRU',
      requiredBy:
        'one email per event although jobs are delivered at least once and redeliveries re-enqueue',
      usdPerMillion: perMillion(2, PRICES.dynamoDbWriteUnitsPerMillion),
    },
    {
      item: 'SNS Publish',
      requiredBy: 'the brief (SNS email delivery)',
      usdPerMillion: perMillion(1, PRICES.snsRequestsPerMillion),
    },
    {
      item: 'X-Ray trace at 5 %',
      requiredBy: 'the target’s own sampling rate',
      usdPerMillion: perMillion(0.05, PRICES.xrayTracesPerMillion),
    },
  ];
  return { lines, totalUsdPerMillion: lines.reduce((sum, l) => sum + l.usdPerMillion, 0) };
}
