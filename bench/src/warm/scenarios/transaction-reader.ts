import { createHandler } from '../../../../apps/transaction-reader/src/handler';
import { getTransactionEvent } from '../../../../apps/transaction-reader/src/__fixtures__/api-gateway-event';
import { InMemoryTransactionItems } from '../../../../apps/transaction-reader/src/__fixtures__/in-memory-transaction-items';
import { eventItem } from '../../../../apps/transaction-reader/src/__fixtures__/items';
import { at, expect, type Scenario } from '../scenario';
import { telemetryFor } from '../telemetry';

const EVENT_TYPES = ['payment.created', 'payment.pending', 'payment.succeeded'] as const;

export const transactionReaderScenarios: Scenario[] = [
  {
    id: 'transaction-reader/get',
    functionName: 'transaction-reader',
    label: 'GET /transactions/{id}, 3 events (validate, build the event-time view, 200)',
    eventsPerRun: 1,
    async prepare(iterations, telemetry) {
      const transactions = Math.min(iterations, 1000);
      const items = Array.from({ length: transactions }, (_, t) =>
        EVENT_TYPES.map((type, e) =>
          eventItem({
            transaction_id: `txn_bench${String(t).padStart(12, '0')}`,
            event_id: `evt_bench${String(t * 3 + e).padStart(12, '0')}`,
            event_type: type,
            occurred_at: `2026-11-27T10:0${e}:00.000Z`,
          }),
        ),
      ).flat();
      // One partition per lookup, as a Query returns it: the fake's scan over every item would
      // measure the fake, not the handler.
      const byTransaction = new Map<string, InMemoryTransactionItems>();
      for (const item of items) {
        const id = item.transaction_id;
        if (!byTransaction.has(id)) {
          byTransaction.set(
            id,
            new InMemoryTransactionItems(items.filter((i) => i.transaction_id === id)),
          );
        }
      }
      const { logger, metrics } = telemetryFor(telemetry, 'transaction-reader');
      const handler = createHandler({
        repository: {
          findByTransactionId: async (id) =>
            (await byTransaction.get(id)?.findByTransactionId(id)) ?? [],
        },
        logger: logger as never,
        metrics: metrics as never,
      });
      const events = Array.from({ length: iterations }, (_, i) =>
        getTransactionEvent({ id: `txn_bench${String(i % transactions).padStart(12, '0')}` }),
      );
      return async (i) => {
        const response = await handler(at(events, i));
        expect(response.statusCode === 200, `status ${response.statusCode} ${response.body}`);
      };
    },
  },
];
