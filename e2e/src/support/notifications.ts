import type { TransactionView } from '@payments/contracts';
import type { E2eStack } from './e2e-stack';
import type { OutboxEmail } from './local-outbox';
import { AWS_OUTBOX_NOTE, noteOnce } from './notes';
import { waitFor } from './wait-for';

/** Waits until the transaction records at least `count` sent notifications and none pending. */
export async function waitForSentNotifications(
  stack: E2eStack,
  transactionId: string,
  count: number,
): Promise<TransactionView> {
  const response = await waitFor(
    `${count} sent notification(s) on ${transactionId}`,
    () => stack.api.getTransaction(transactionId),
    (r) =>
      r.ok && r.body.notifications.state === 'sent' && r.body.notifications.sent.length >= count,
    { timeoutMs: stack.deliveryTimeoutMs },
  );
  if (!response.ok) throw new Error(`GET ${transactionId} answered ${response.status}`);
  return response.body;
}

/**
 * Waits until every job on the notification queue has been handled, then returns the
 * recipient's emails (local) so a caller can assert an exact count: nothing more can arrive.
 * Against AWS it returns undefined after saying why.
 */
export async function settledEmailsFor(
  stack: E2eStack,
  recipient: string,
  atLeast: number,
): Promise<OutboxEmail[] | undefined> {
  if (!stack.outbox) {
    noteOnce(AWS_OUTBOX_NOTE);
    await stack.queues.waitUntilDrained(stack.output('QueueUrl'), stack.deliveryTimeoutMs);
    return undefined;
  }
  await stack.outbox.waitForEmails(recipient, atLeast, stack.deliveryTimeoutMs);
  await stack.queues.waitUntilDrained(stack.output('QueueUrl'), stack.deliveryTimeoutMs);
  return stack.outbox.emails(recipient);
}

/** Re-reads a transaction that must exist. */
export async function currentView(
  stack: E2eStack,
  transactionId: string,
): Promise<TransactionView> {
  const response = await stack.api.getTransaction(transactionId);
  if (!response.ok)
    throw new Error(`GET ${transactionId} answered ${response.status}: ${response.text}`);
  return response.body;
}
