import { sampleWebhookEvent } from '@payments/api-client';
import { RECIPIENT_ATTRIBUTE } from '@payments/contracts';
import { deliverLikeAProvider } from '../support/deliver';
import { e2eStack } from '../support/e2e-stack';
import { attributeValue } from '../support/local-outbox';
import { settledEmailsFor, waitForSentNotifications } from '../support/notifications';

const stack = e2eStack();
const { ids } = stack;

describe('SNS email is a broadcast: no customer receives another customer’s notification', () => {
  const customers = ['alice', 'bob'].map((name) => ({
    email: ids.email(`iso-${name}`),
    customerId: ids.customerId(`iso-${name}`),
    transactionIds: [ids.transactionId(`iso-${name}-1`), ids.transactionId(`iso-${name}-2`)],
  }));

  it('delivers each customer’s notifications to that customer only', async () => {
    // Interleaved, so both customers' jobs share queue batches and sender invocations.
    const events = [0, 1].flatMap((i) =>
      customers.map((c) =>
        sampleWebhookEvent('payment.succeeded', {
          transactionId: c.transactionIds[i],
          email: c.email,
          customerId: c.customerId,
        }),
      ),
    );

    const answers = await Promise.all(
      events.map((event) => deliverLikeAProvider(stack.api, event)),
    );

    expect(answers.map((a) => a.status)).toEqual(events.map(() => 202));
    for (const customer of customers) {
      for (const transactionId of customer.transactionIds) {
        const view = await waitForSentNotifications(stack, transactionId, 1);
        expect(view.customer.email).toBe(customer.email);
      }
    }
    for (const customer of customers) {
      const others = customers.filter((c) => c !== customer).flatMap((c) => c.transactionIds);
      const emails = await settledEmailsFor(stack, customer.email, 2);
      if (!emails) continue;
      expect(emails).toHaveLength(2);
      for (const mail of emails) {
        expect(mail.recipient).toBe(customer.email);
        expect(attributeValue(mail.messageAttributes, RECIPIENT_ATTRIBUTE)).toBe(customer.email);
        expect(customer.transactionIds.some((id) => mail.body.includes(id))).toBe(true);
        for (const other of others) expect(mail.body).not.toContain(other);
      }
    }
  });

  it('never addresses an email about one customer’s transaction to another customer', async () => {
    if (!stack.outbox) return; // settledEmailsFor has said why (aws: inboxes are not observable)

    const everything = await stack.outbox.emails();

    // The operations subscription may receive everything; customers only their own.
    const customerAddresses = new Set(customers.map((c) => c.email));
    for (const customer of customers) {
      const mentioning = everything.filter((m) =>
        customer.transactionIds.some((id) => m.body.includes(id) || m.subject.includes(id)),
      );
      const customerRecipients = mentioning
        .map((m) => m.recipient)
        .filter((recipient) => customerAddresses.has(recipient));
      expect(customerRecipients).toEqual([customer.email, customer.email]);
    }
  });
});
