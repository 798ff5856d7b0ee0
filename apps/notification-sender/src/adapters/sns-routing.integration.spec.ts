import {
  GetSubscriptionAttributesCommand,
  ListSubscriptionsByTopicCommand,
  PublishCommand,
} from '@aws-sdk/client-sns';
import { createSnsClient, createSqsClient } from '@payments/aws-clients';
import { customerFilterPolicy } from '@payments/contracts';
import { motoClientOptions, uniqueName } from '@payments/moto-harness';
import {
  createQueue,
  createTopic,
  envelopes,
  receiveAll,
  subscribeQueue,
} from '../__fixtures__/moto-messaging';
import { SnsEmailPublisher } from './sns-email-publisher';
import { SnsRecipientSubscriptions } from './sns-recipient-subscriptions';

const ALICE = 'Alice@Example.com';
const BOB = 'bob@example.org';

function emailFor(recipient: string, transactionId: string) {
  return {
    recipient,
    subject: `Payment succeeded for ${transactionId}`,
    text: `Transaction ID: ${transactionId}`,
    transactionId,
    eventType: 'payment.succeeded' as const,
    notificationId: `event:evt_${transactionId}`,
  };
}

/**
 * SNS email is a broadcast. moto cannot show what an email endpoint received, so each customer
 * also gets an SQS queue subscribed with exactly the filter policy their email subscription
 * carries: what reaches the queue is what would reach the mailbox.
 */
describe('SNS routing against moto: one customer never receives another customer’s email', () => {
  const sns = createSnsClient(motoClientOptions());
  const sqs = createSqsClient(motoClientOptions());
  let topicArn: string;
  let queues: Record<'alice' | 'bob' | 'ops', { url: string; arn: string }>;

  beforeAll(async () => {
    topicArn = await createTopic(sns, uniqueName('notifications'));
    queues = {
      alice: await createQueue(sqs, uniqueName('alice-inbox')),
      bob: await createQueue(sqs, uniqueName('bob-inbox')),
      ops: await createQueue(sqs, uniqueName('ops-inbox')),
    };
    await subscribeQueue(sns, topicArn, queues.alice.arn, customerFilterPolicy(ALICE));
    await subscribeQueue(sns, topicArn, queues.bob.arn, customerFilterPolicy(BOB));
    // The operations subscription of the stack: no filter, receives everything.
    await subscribeQueue(sns, topicArn, queues.ops.arn);
  });

  afterAll(() => {
    sns.destroy();
    sqs.destroy();
  });

  it('creates each customer email subscription already carrying its filter policy', async () => {
    // Act
    const subscriptions = new SnsRecipientSubscriptions(sns, topicArn);
    const states = [
      await subscriptions.ensureSubscribed(ALICE),
      await subscriptions.ensureSubscribed(BOB),
    ];

    // Assess: moto confirms email subscriptions at once (real SNS waits for the customer's click).
    expect(states).toEqual(['confirmed', 'confirmed']);
    const listed = await sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: topicArn }));
    const emails = (listed.Subscriptions ?? []).filter((s) => s.Protocol === 'email');
    expect(emails.map((s) => s.Endpoint).sort()).toEqual(['alice@example.com', BOB]);
    for (const subscription of emails) {
      const { Attributes } = await sns.send(
        new GetSubscriptionAttributesCommand({ SubscriptionArn: subscription.SubscriptionArn }),
      );
      expect(JSON.parse(Attributes?.['FilterPolicy'] ?? 'null')).toEqual(
        JSON.parse(customerFilterPolicy(subscription.Endpoint ?? '')),
      );
      expect(Attributes?.['FilterPolicyScope']).toBe('MessageAttributes');
    }
  });

  it('delivers A’s email only to A and B’s only to B, while operations receives both', async () => {
    // Prepare
    const publisher = new SnsEmailPublisher(sns, topicArn);

    // Act
    await publisher.publish(emailFor(ALICE, 'tx_alice'));
    await publisher.publish(emailFor(BOB, 'tx_bob'));
    // A publish that lacks the recipient attribute must reach no customer at all.
    await sns.send(new PublishCommand({ TopicArn: topicArn, Message: 'unrouted' }));

    // Assess
    const alice = envelopes(await receiveAll(sqs, queues.alice.url));
    const bob = envelopes(await receiveAll(sqs, queues.bob.url));
    const ops = envelopes(await receiveAll(sqs, queues.ops.url));
    expect(alice.map((m) => m.Message)).toEqual(['Transaction ID: tx_alice']);
    expect(bob.map((m) => m.Message)).toEqual(['Transaction ID: tx_bob']);
    expect(ops.map((m) => m.Message).sort()).toEqual([
      'Transaction ID: tx_alice',
      'Transaction ID: tx_bob',
      'unrouted',
    ]);
    expect(alice[0]?.Subject).toBe('Payment succeeded for tx_alice');
    expect(alice[0]?.MessageAttributes).toEqual({
      recipient: { Type: 'String', Value: 'alice@example.com' },
      audience: { Type: 'String', Value: 'customer' },
      transaction_id: { Type: 'String', Value: 'tx_alice' },
      event_type: { Type: 'String', Value: 'payment.succeeded' },
      notification_id: { Type: 'String', Value: 'event:evt_tx_alice' },
    });
  });
});
