import {
  GetSubscriptionAttributesCommand,
  NotFoundException,
  SNSClient,
  SubscribeCommand,
} from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { RecipientSubscriptionMisconfiguredError } from '../domain/errors';
import { SnsRecipientSubscriptions } from './sns-recipient-subscriptions';

const client = new SNSClient({ region: 'us-east-2' });
const sns = mockClient(client);
const topicArn = 'arn:aws:sns:us-east-2:123456789012:payment-notifications';
const subscriptionArn = `${topicArn}:0b8a4a2e-1111-2222-3333-444455556666`;
const alicePolicy = '{"recipient":["alice@example.com"]}';

function attributes(pending: boolean, filterPolicy: string | null = alicePolicy) {
  return {
    Attributes: {
      PendingConfirmation: String(pending),
      ...(filterPolicy
        ? { FilterPolicy: filterPolicy, FilterPolicyScope: 'MessageAttributes' }
        : {}),
    },
  };
}

describe('SnsRecipientSubscriptions', () => {
  beforeEach(() => sns.reset());

  it('subscribes the email with its recipient filter policy in the same call', async () => {
    sns.on(SubscribeCommand).resolves({ SubscriptionArn: subscriptionArn });
    sns.on(GetSubscriptionAttributesCommand).resolves(attributes(false));
    const subscriptions = new SnsRecipientSubscriptions(client, topicArn);

    const state = await subscriptions.ensureSubscribed('Alice@Example.com');

    expect(state).toBe('confirmed');
    expect(sns.commandCalls(SubscribeCommand)[0]?.args[0].input).toEqual({
      TopicArn: topicArn,
      Protocol: 'email',
      Endpoint: 'alice@example.com',
      Attributes: { FilterPolicy: alicePolicy, FilterPolicyScope: 'MessageAttributes' },
      ReturnSubscriptionArn: true,
    });
    expect(sns.commandCalls(GetSubscriptionAttributesCommand)[0]?.args[0].input).toEqual({
      SubscriptionArn: subscriptionArn,
    });
  });

  it('remembers a confirmed recipient for the life of the container', async () => {
    sns.on(SubscribeCommand).resolves({ SubscriptionArn: subscriptionArn });
    sns.on(GetSubscriptionAttributesCommand).resolves(attributes(false));
    const subscriptions = new SnsRecipientSubscriptions(client, topicArn);

    await subscriptions.ensureSubscribed('alice@example.com');
    const again = await subscriptions.ensureSubscribed('ALICE@example.com');

    expect(again).toBe('confirmed');
    expect(sns.commandCalls(SubscribeCommand)).toHaveLength(1);
    expect(sns.commandCalls(GetSubscriptionAttributesCommand)).toHaveLength(1);
  });

  it('reports pending until the customer confirms, re-checking without re-subscribing', async () => {
    sns.on(SubscribeCommand).resolves({ SubscriptionArn: subscriptionArn });
    sns
      .on(GetSubscriptionAttributesCommand)
      .resolvesOnce(attributes(true))
      .resolvesOnce(attributes(true))
      .resolves(attributes(false));
    const subscriptions = new SnsRecipientSubscriptions(client, topicArn);

    const states = [
      await subscriptions.ensureSubscribed('alice@example.com'),
      await subscriptions.ensureSubscribed('alice@example.com'),
      await subscriptions.ensureSubscribed('alice@example.com'),
    ];

    expect(states).toEqual(['pending', 'pending', 'confirmed']);
    expect(sns.commandCalls(SubscribeCommand)).toHaveLength(1);
  });

  it("treats SNS's 'pending confirmation' answer as pending", async () => {
    sns.on(SubscribeCommand).resolves({ SubscriptionArn: 'pending confirmation' });
    const subscriptions = new SnsRecipientSubscriptions(client, topicArn);

    const state = await subscriptions.ensureSubscribed('alice@example.com');

    expect(state).toBe('pending');
    expect(sns.commandCalls(GetSubscriptionAttributesCommand)).toHaveLength(0);
  });

  it('subscribes afresh when a pending subscription has expired', async () => {
    sns.on(SubscribeCommand).resolves({ SubscriptionArn: subscriptionArn });
    sns
      .on(GetSubscriptionAttributesCommand)
      .resolvesOnce(attributes(true))
      .rejectsOnce(new NotFoundException({ message: 'gone', $metadata: {} }))
      .resolves(attributes(true));
    const subscriptions = new SnsRecipientSubscriptions(client, topicArn);

    await subscriptions.ensureSubscribed('alice@example.com');
    const state = await subscriptions.ensureSubscribed('alice@example.com');

    expect(state).toBe('pending');
    expect(sns.commandCalls(SubscribeCommand)).toHaveLength(2);
  });

  it.each([
    ['no filter policy', null],
    ["another recipient's filter policy", '{"recipient":["bob@example.com"]}'],
  ])('refuses a subscription with %s', async (_label, policy) => {
    sns.on(SubscribeCommand).resolves({ SubscriptionArn: subscriptionArn });
    sns.on(GetSubscriptionAttributesCommand).resolves(attributes(false, policy));
    const subscriptions = new SnsRecipientSubscriptions(client, topicArn);

    await expect(subscriptions.ensureSubscribed('alice@example.com')).rejects.toBeInstanceOf(
      RecipientSubscriptionMisconfiguredError,
    );
  });
});
