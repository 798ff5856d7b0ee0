import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { SampledTracer } from '@payments/aws-clients';
import type { Context } from 'aws-lambda';
import { webhookRequest } from '../test-support/api-gateway-event';
import { instrumentHandler } from './instrumented-handler';

const context = {
  functionName: 'webhook-processor',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:us-east-2:123456789012:function:webhook-processor',
  memoryLimitInMB: '256',
  awsRequestId: 'lambda-req-1',
} as Context;

function setup() {
  const logger = new Logger({ serviceName: 'webhook-processor' });
  const metrics = new Metrics({ serviceName: 'webhook-processor', namespace: 'PaymentWebhooks' });
  const tracer = new SampledTracer({
    serviceName: 'webhook-processor',
    isSampled: () => false,
  });
  const published = jest.spyOn(metrics, 'publishStoredMetrics').mockReturnThis();
  return { logger, metrics, tracer, published };
}

describe('instrumentHandler', () => {
  it('drops the previous invocation’s log keys and flushes its metrics', async () => {
    // Prepare
    const { logger, metrics, tracer, published } = setup();
    const seenKeys: Record<string, unknown>[] = [];
    const handler = instrumentHandler(
      async () => {
        seenKeys.push({ ...logger.getPersistentLogAttributes(), ...logKeys(logger) });
        logger.appendKeys({ transaction_id: 'txn_1' });
        metrics.addMetric('EventsAccepted', 'Count', 1);
        return { statusCode: 202, body: '{}' };
      },
      { logger, metrics, tracer },
    );

    // Act
    await handler(webhookRequest(), context);
    await handler(webhookRequest(), context);

    // Assess
    expect(seenKeys[1]).not.toHaveProperty('transaction_id');
    expect(published).toHaveBeenCalledTimes(2);
  });

  it('flushes metrics even when the wrapped handler fails', async () => {
    const { logger, metrics, tracer, published } = setup();
    const handler = instrumentHandler(
      async () => {
        metrics.addMetric('ProcessingFailures', 'Count', 1);
        throw new Error('boom');
      },
      { logger, metrics, tracer },
    );

    await expect(handler(webhookRequest(), context)).rejects.toThrow('boom');
    expect(published).toHaveBeenCalledTimes(1);
  });
});

/** Temporary keys as the next log line would carry them. */
function logKeys(logger: Logger): Record<string, unknown> {
  const lines: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    logger.info('probe');
  } finally {
    spy.mockRestore();
  }
  return lines.length > 0 ? (JSON.parse(lines[0] ?? '{}') as Record<string, unknown>) : {};
}
