import { SendMessageBatchCommand, type Message } from '@aws-sdk/client-sqs';
import { sampleWebhookEvent } from '@payments/api-client';
import { eventSortKey, type NotificationJob } from '@payments/contracts';
import { e2eStack } from '../support/e2e-stack';
import { currentView, settledEmailsFor, waitForSentNotifications } from '../support/notifications';

const stack = e2eStack();
const { ids } = stack;

// In AWS the queue's 300 s visibility timeout times maxReceiveCount (5) is about 25 minutes
// before a poison job reaches the DLQ; the local stack of `npm test` shortens the visibility.
const REDRIVE_TEST_TIMEOUT_MS = 45 * 60_000;

describe('a poison notification job', () => {
  it(
    'ends in the redrive DLQ after maxReceiveCount while good jobs beside it are delivered',
    async () => {
      const queueUrl = stack.output('QueueUrl');
      const dlqUrl = stack.output('DeadLetterQueueUrl');
      const redrive = await stack.queues.redriveSettings(queueUrl);
      expect(redrive.maxReceiveCount).toBeGreaterThanOrEqual(5);
      const marker = ids.eventId('poison');
      const email = ids.email('poison-neighbour');
      const good = sampleWebhookEvent('payment.succeeded', {
        transactionId: ids.transactionId('poison-neighbour'),
        email,
      });
      const unparseable = `{"poison":"${marker}-unparseable"`;
      const offContract = JSON.stringify({ version: 99, poison: `${marker}-off-contract` });

      const ack = await stack.api.sendWebhook(good);
      expect(ack.status).toBe(202);
      // The good event's job is sent once more, straight to the queue in the same batch as the
      // poison: it must still produce exactly one email.
      const goodJob: NotificationJob = {
        version: 1,
        trigger: 'event',
        transaction_id: good.transaction_id,
        item_key: eventSortKey(good.occurred_at, good.event_id),
        event_id: good.event_id,
        enqueued_at: new Date().toISOString(),
      };
      const sent = await stack.sqs.send(
        new SendMessageBatchCommand({
          QueueUrl: queueUrl,
          Entries: [
            { Id: 'unparseable', MessageBody: unparseable },
            { Id: 'off-contract', MessageBody: offContract },
            { Id: 'good', MessageBody: JSON.stringify(goodJob) },
          ],
        }),
      );
      expect(sent.Failed ?? []).toEqual([]);

      const inDlq = await stack.queues.waitForMessages(
        dlqUrl,
        [bodyContains(`${marker}-unparseable`), bodyContains(`${marker}-off-contract`)],
        (redrive.maxReceiveCount + 1) * redrive.visibilityTimeoutSeconds * 1000 + 120_000,
      );
      expect(inDlq).toHaveLength(2);
      await waitForSentNotifications(stack, good.transaction_id, 1);
      const emails = await settledEmailsFor(stack, email, 1);
      const view = await currentView(stack, good.transaction_id);
      expect(view.notifications.sent).toHaveLength(1);
      if (emails) expect(emails).toHaveLength(1);
    },
    REDRIVE_TEST_TIMEOUT_MS,
  );
});

function bodyContains(text: string) {
  return (message: Message) => (message.Body ?? '').includes(text);
}
