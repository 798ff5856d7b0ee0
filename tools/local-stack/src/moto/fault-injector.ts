import { randomUUID } from 'node:crypto';
import type { AwsCall } from './aws-call';

export interface FaultRule {
  /** Signing name of the service, e.g. `sqs`, `dynamodb`, `sns`. */
  readonly service: string;
  /** API action, e.g. `SendMessage`; omit for every action of the service. */
  readonly action?: string;
  /**
   * Only DynamoDB calls on this partition (`transaction_id` of the item or key), e.g. to fail an
   * event's own write while its event-id guard (another partition) still succeeds.
   */
  readonly transactionId?: string;
}

export interface ErrorReply {
  readonly statusCode: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/**
 * Makes chosen AWS calls fail as an unavailable service does (HTTP 503 ServiceUnavailable in
 * the call's protocol), so tests can break one dependency of the functions between two steps,
 * e.g. the queue between storing an event and enqueueing its notification.
 */
export class FaultInjector {
  private rules: FaultRule[] = [];

  inject(rule: FaultRule): void {
    this.rules.push({
      service: rule.service.toLowerCase(),
      ...(rule.action ? { action: rule.action } : {}),
      ...(rule.transactionId ? { transactionId: rule.transactionId } : {}),
    });
  }

  clear(): void {
    this.rules = [];
  }

  list(): readonly FaultRule[] {
    return this.rules;
  }

  failureFor(call: AwsCall): ErrorReply | undefined {
    const hit = this.rules.some(
      (rule) =>
        rule.service === call.service &&
        (rule.action === undefined || rule.action === call.action) &&
        (rule.transactionId === undefined || rule.transactionId === partitionOf(call)),
    );
    if (!hit) return undefined;
    const message = `Local fault injected: ${call.service} ${call.action} is unavailable`;
    if (call.protocol === 'json') {
      return {
        statusCode: 503,
        headers: {
          'content-type': 'application/x-amz-json-1.0',
          'x-amzn-query-error': 'ServiceUnavailable;Receiver',
          'x-amzn-requestid': randomUUID(),
        },
        body: JSON.stringify({ __type: 'ServiceUnavailable', message }),
      };
    }
    return {
      statusCode: 503,
      headers: { 'content-type': 'text/xml' },
      body: `<ErrorResponse><Error><Type>Receiver</Type><Code>ServiceUnavailable</Code><Message>${message}</Message></Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>`,
    };
  }
}

/** The `transaction_id` (string) of a DynamoDB call's item or key, in wire format. */
function partitionOf(call: AwsCall): string | undefined {
  const item = (call.params['Item'] ?? call.params['Key']) as
    | Record<string, { S?: unknown } | undefined>
    | undefined;
  const value = item?.['transaction_id']?.S;
  return typeof value === 'string' ? value : undefined;
}
