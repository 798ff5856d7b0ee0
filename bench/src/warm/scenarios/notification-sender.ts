import { createHandler } from '../../../../apps/notification-sender/src/handler';
import { sqsEvent } from '../../../../apps/notification-sender/src/__fixtures__/events';
import {
  CountingRateLimiter,
  FakeClock,
  FakeEmailPublisher,
  FakeJobQueue,
  FakeRecipientSubscriptions,
} from '../../../../apps/notification-sender/src/__fixtures__/fakes';
import { InMemoryNotificationStore } from '../../../../apps/notification-sender/src/__fixtures__/in-memory-notification-store';
import { eventItem, eventJob } from '../../../../apps/notification-sender/src/__fixtures__/items';
import { at, expect, type Scenario } from '../scenario';
import { telemetryFor } from '../telemetry';

const BATCH = 10;

export const notificationSenderScenarios: Scenario[] = [
  {
    id: 'notification-sender/sqs-batch',
    functionName: 'notification-sender',
    label: `SQS batch of ${BATCH} jobs (validate, claim, compose, publish, mark sent), per job`,
    eventsPerRun: BATCH,
    async prepare(iterations, telemetry) {
      const items = Array.from({ length: iterations * BATCH }, (_, n) =>
        eventItem({
          transaction_id: `txn_bench${String(n).padStart(12, '0')}`,
          event_id: `evt_bench${String(n).padStart(12, '0')}`,
          customer_email: `customer-${n % 50}@example.com`,
        }),
      );
      const { logger, metrics } = telemetryFor(telemetry, 'notification-sender');
      const handler = createHandler({
        store: new InMemoryNotificationStore(items),
        queue: new FakeJobQueue(),
        subscriptions: new FakeRecipientSubscriptions(),
        publisher: new FakeEmailPublisher(),
        // Pacing is waiting, not work: measured separately by the load run.
        rateLimiter: new CountingRateLimiter(),
        clock: new FakeClock(),
        logger: logger as never,
        metrics: metrics as never,
      });
      const batches = Array.from({ length: iterations }, (_, b) =>
        sqsEvent(
          ...items.slice(b * BATCH, (b + 1) * BATCH).map((item, k) => ({
            messageId: `msg-${b}-${k}`,
            body: JSON.stringify(eventJob(item)),
          })),
        ),
      );
      return async (i) => {
        const response = await handler(at(batches, i));
        expect(
          response.batchItemFailures.length === 0,
          `failures ${JSON.stringify(response.batchItemFailures)}`,
        );
      };
    },
  },
];
