import { errorBodyOf, sampleWebhookEvent } from '@payments/api-client';
import { e2eStack } from '../support/e2e-stack';
import { noteOnce } from '../support/notes';
import { currentView, settledEmailsFor, waitForSentNotifications } from '../support/notifications';
import { takeQueueOffline } from '../support/queue-outage';

const stack = e2eStack();
const { ids } = stack;

const LOCAL_ONLY_REASON =
  'a deployed queue cannot be made unavailable without an outage for real traffic ' +
  '(and a deleted queue name is blocked for 60 s in AWS)';
const localOnly = stack.target === 'local' ? it : it.skip;
if (stack.target !== 'local') {
  noteOnce(
    `aws target: the store-then-enqueue failure scenario is local only: ${LOCAL_ONLY_REASON}.`,
  );
}

describe('a failure between storing the event and enqueueing its notification', () => {
  localOnly(
    `answers 5xx, and the provider's redelivery completes the job with exactly one email [local only: ${LOCAL_ONLY_REASON}]`,
    async () => {
      const queueUrl = stack.output('QueueUrl');
      const email = ids.email('outage');
      const event = sampleWebhookEvent('payment.succeeded', {
        transactionId: ids.transactionId('outage'),
        eventId: ids.eventId('outage'),
        email,
      });
      // Nothing else may be in flight: deleting the queue drops whatever it holds.
      await stack.queues.waitUntilDrained(queueUrl, stack.deliveryTimeoutMs);

      const outage = await takeQueueOffline(stack.sqs, queueUrl);
      let during;
      try {
        during = await stack.api.sendWebhook(event);
      } finally {
        await outage.restore();
      }

      expect(during.status).toBeGreaterThanOrEqual(500);
      expect(errorBodyOf(during)?.code).toMatch(/^(SERVICE_UNAVAILABLE|INTERNAL_ERROR)$/);
      const stored = await currentView(stack, event.transaction_id);
      expect(stored.events).toHaveLength(1);
      expect(stored.notifications.state).toBe('pending');

      const redelivery = await stack.api.sendWebhook(event);

      expect(redelivery.status).toBeLessThan(300);
      const view = await waitForSentNotifications(stack, event.transaction_id, 1);
      expect(view.events).toHaveLength(1);
      const emails = await settledEmailsFor(stack, email, 1);
      expect(emails).toHaveLength(1);
      expect((await currentView(stack, event.transaction_id)).notifications.sent).toHaveLength(1);
    },
  );
});
