import { errorBodyOf, sampleWebhookEvent } from '@payments/api-client';
import { e2eStack } from '../support/e2e-stack';
import { noteOnce } from '../support/notes';
import { currentView, settledEmailsFor, waitForSentNotifications } from '../support/notifications';

const stack = e2eStack();
const { ids } = stack;

const LOCAL_ONLY_REASON =
  'a deployed table cannot be made to fail one item’s write on purpose without an outage';
const localOnly = stack.target === 'local' ? it : it.skip;
if (stack.target !== 'local') {
  noteOnce(`aws target: the failed-event-write scenario is local only: ${LOCAL_ONLY_REASON}.`);
}

// The processor reserves the event id (guard item), then writes the event, then enqueues its
// job. A failure between the first two leaves a guard without its event: the redelivery must
// find its own guard, store the event once and send one email.
describe('a failure writing the event after its event id was reserved', () => {
  localOnly(
    `answers 5xx, and the provider's redelivery stores the event once and sends exactly one email [local only: ${LOCAL_ONLY_REASON}]`,
    async () => {
      const email = ids.email('write-outage');
      const transactionId = ids.transactionId('write-outage');
      const event = sampleWebhookEvent('payment.succeeded', {
        transactionId,
        eventId: ids.eventId('write-outage'),
        email,
      });
      const faults = stack.faults;
      if (!faults) throw new Error('the local stack publishes no fault switch (OutboxUrl)');

      // Only this transaction's partition fails: the event-id guard (another partition) is
      // written, the event item is not.
      const during = await faults.during(
        { service: 'dynamodb', action: 'PutItem', transactionId },
        () => stack.api.sendWebhook(event),
      );

      expect(during.status).toBeGreaterThanOrEqual(500);
      expect(errorBodyOf(during)?.code).toMatch(/^(SERVICE_UNAVAILABLE|INTERNAL_ERROR)$/);
      expect((await stack.api.getTransaction(transactionId)).status).toBe(404);

      const redelivery = await stack.api.sendWebhook(event);

      expect(redelivery.status).toBe(202);
      const view = await waitForSentNotifications(stack, transactionId, 1);
      expect(view.events).toHaveLength(1);
      const emails = await settledEmailsFor(stack, email, 1);
      expect(emails).toHaveLength(1);
      expect((await currentView(stack, transactionId)).notifications.sent).toHaveLength(1);
    },
  );
});
