import { errorBodyOf, sampleWebhookEvent } from '@payments/api-client';
import { e2eStack } from '../support/e2e-stack';
import { noteOnce } from '../support/notes';
import { currentView, settledEmailsFor, waitForSentNotifications } from '../support/notifications';

const stack = e2eStack();
const { ids } = stack;

const LOCAL_ONLY_REASON =
  'a deployed queue cannot be made unavailable on purpose without an outage for real traffic';
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
      const email = ids.email('outage');
      const event = sampleWebhookEvent('payment.succeeded', {
        transactionId: ids.transactionId('outage'),
        eventId: ids.eventId('outage'),
        email,
      });
      const faults = stack.faults;
      if (!faults) throw new Error('the local stack publishes no fault switch (OutboxUrl)');

      // The queue is unavailable to the functions: storing works, enqueueing fails.
      const during = await faults.during({ service: 'sqs', action: 'SendMessage' }, () =>
        stack.api.sendWebhook(event),
      );

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
