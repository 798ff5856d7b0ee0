import type { AwsCall } from '../moto/aws-call';
import { FaultInjector } from '../moto/fault-injector';
import { PublishTracker } from '../outbox/publish-tracker';
import type { SubscriptionMirror } from '../outbox/subscription-mirror';
import { interceptAwsTraffic } from './aws-traffic';

function setup() {
  const order: string[] = [];
  const mirror = {
    sync: jest.fn(async (topicArn?: string, changed?: string) => {
      order.push(`sync ${topicArn ?? '*'}${changed ? ` ${changed}` : ''}`);
    }),
  } as unknown as SubscriptionMirror;
  const faults = new FaultInjector();
  const publishes = new PublishTracker();
  const intercept = interceptAwsTraffic({ faults, mirror, publishes, log: () => undefined });
  return { order, faults, publishes, intercept };
}

const publish: AwsCall = {
  service: 'sns',
  action: 'Publish',
  protocol: 'query',
  params: {
    TopicArn: 'topic',
    Message: 'hello',
    MessageAttributes: { recipient: { DataType: 'String', StringValue: 'a@b.c' } },
  },
};

describe('interceptAwsTraffic', () => {
  it('mirrors the topic’s email subscriptions before a publish reaches moto', async () => {
    const { order, intercept, publishes } = setup();
    let attributesDuringPublish: unknown;

    await intercept(publish, async () => {
      order.push('publish');
      attributesDuringPublish = publishes.attributesOf('topic', 'hello', undefined);
      return 200;
    });

    expect(order).toEqual(['sync topic', 'publish']);
    expect(attributesDuringPublish).toEqual({ recipient: { Type: 'String', Value: 'a@b.c' } });
    expect(publishes.attributesOf('topic', 'hello', undefined)).toBeUndefined();
  });

  it('follows a subscription change once moto accepted it', async () => {
    const { order, intercept } = setup();
    const call: AwsCall = {
      service: 'sns',
      action: 'SetSubscriptionAttributes',
      protocol: 'query',
      params: { SubscriptionArn: 'sub-1', AttributeName: 'FilterPolicy' },
    };

    await intercept(call, async () => {
      order.push('moto');
      return 200;
    });

    expect(order).toEqual(['moto', 'sync * sub-1']);
  });

  it('answers an injected fault instead of moto', async () => {
    const { intercept, faults } = setup();
    faults.inject({ service: 'sqs', action: 'SendMessage' });
    const proceed = jest.fn(async () => 200);

    const reply = await intercept(
      { service: 'sqs', action: 'SendMessage', protocol: 'json', params: {} },
      proceed,
    );

    expect(reply).toMatchObject({
      statusCode: 503,
      headers: { 'x-amzn-query-error': 'ServiceUnavailable;Receiver' },
    });
    expect(proceed).not.toHaveBeenCalled();
  });

  it('leaves other calls alone', async () => {
    const { intercept, order } = setup();

    const reply = await intercept(
      { service: 'dynamodb', action: 'PutItem', protocol: 'json', params: {} },
      async () => 200,
    );

    expect(reply).toBeUndefined();
    expect(order).toEqual([]);
  });
});
