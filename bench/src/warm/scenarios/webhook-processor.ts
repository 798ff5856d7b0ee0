import { systemClock } from '../../../../apps/webhook-processor/src/adapters/system-clock';
import { processWebhook } from '../../../../apps/webhook-processor/src/domain/process-webhook';
import { createHandler } from '../../../../apps/webhook-processor/src/handler';
import { webhookRequest } from '../../../../apps/webhook-processor/src/test-support/api-gateway-event';
import { InMemoryNotificationJobQueue } from '../../../../apps/webhook-processor/src/test-support/in-memory-notification-job-queue';
import { InMemoryTransactionEventRepository } from '../../../../apps/webhook-processor/src/test-support/in-memory-transaction-event-repository';
import { aWebhookEvent } from '../../../../apps/webhook-processor/src/test-support/webhook-event-fixture';
import { at, expect, type Scenario, type Telemetry } from '../scenario';
import { telemetryFor } from '../telemetry';

function handlerWith(telemetry: Telemetry) {
  const deps = {
    repository: new InMemoryTransactionEventRepository(),
    queue: new InMemoryNotificationJobQueue(),
    clock: systemClock,
  };
  const { logger, metrics } = telemetryFor(telemetry, 'webhook-processor');
  return createHandler({
    processWebhook: (event) => processWebhook(deps, event),
    logger: logger as never,
    metrics: metrics as never,
  });
}

/** Requests built before timing: the raw body is what API Gateway hands the function. */
function requests(count: number, unique: boolean) {
  return Array.from({ length: count }, (_, i) => {
    const n = unique ? i : 0;
    return webhookRequest({
      body: aWebhookEvent({
        event_id: `evt_bench${String(n).padStart(12, '0')}`,
        transaction_id: `txn_bench${String(n).padStart(12, '0')}`,
      }),
      requestId: `req-${i}`,
    });
  });
}

export const webhookProcessorScenarios: Scenario[] = [
  {
    id: 'webhook-processor/accept',
    functionName: 'webhook-processor',
    label: 'POST /webhooks/payment, new event (parse, validate, store, enqueue, 202)',
    eventsPerRun: 1,
    async prepare(iterations, telemetry) {
      const handler = handlerWith(telemetry);
      const events = requests(iterations, true);
      return async (i) => {
        const response = await handler(at(events, i));
        expect(response.statusCode === 202, `status ${response.statusCode} ${response.body}`);
      };
    },
  },
  {
    id: 'webhook-processor/duplicate',
    functionName: 'webhook-processor',
    label: 'POST /webhooks/payment, redelivery (conditional put rejected, 200)',
    eventsPerRun: 1,
    async prepare(iterations, telemetry) {
      const handler = handlerWith(telemetry);
      const events = requests(iterations + 1, false);
      await handler(at(events, iterations));
      return async (i) => {
        const response = await handler(at(events, i));
        expect(response.statusCode === 200, `status ${response.statusCode} ${response.body}`);
      };
    },
  },
];
