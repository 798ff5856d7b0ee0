import { SubscriptionMirror, type SnsPort } from './subscription-mirror';

interface FakeSubscription {
  arn: string;
  topicArn: string;
  protocol: string;
  endpoint: string;
  attributes: Record<string, string>;
}

function fakeSns(initial: FakeSubscription[]) {
  const subscriptions = [...initial];
  let next = 1;
  const port: SnsPort = {
    listTopics: async () => [...new Set(subscriptions.map((s) => s.topicArn))],
    listSubscriptions: async (topicArn) =>
      subscriptions
        .filter((s) => s.topicArn === topicArn)
        .map(({ arn, protocol, endpoint }) => ({ arn, protocol, endpoint })),
    getAttributes: async (arn) => ({ ...subscriptions.find((s) => s.arn === arn)?.attributes }),
    subscribeHttp: async (topicArn, endpoint, attributes) => {
      const arn = `mirror-${next++}`;
      subscriptions.push({
        arn,
        topicArn,
        protocol: 'http',
        endpoint,
        attributes: { ...attributes },
      });
      return arn;
    },
    setAttribute: async (arn, name, value) => {
      const s = subscriptions.find((x) => x.arn === arn);
      if (s) s.attributes[name] = value;
    },
    unsubscribe: async (arn) => {
      subscriptions.splice(
        subscriptions.findIndex((s) => s.arn === arn),
        1,
      );
    },
  };
  return { port, subscriptions };
}

const sink = (recipient: string) => `http://127.0.0.1:9/sns/${encodeURIComponent(recipient)}`;
const jane = JSON.stringify({ recipient: ['jane@example.com'] });

describe('SubscriptionMirror', () => {
  it('mirrors each email subscription with the same filter policy and scope', async () => {
    const sns = fakeSns([
      {
        arn: 'sub-jane',
        topicArn: 'topic',
        protocol: 'email',
        endpoint: 'Jane@Example.com',
        attributes: {
          FilterPolicy: jane,
          FilterPolicyScope: 'MessageAttributes',
          PendingConfirmation: 'false',
        },
      },
      {
        arn: 'sub-ops',
        topicArn: 'topic',
        protocol: 'email',
        endpoint: 'ops@example.com',
        attributes: {},
      },
    ]);
    const mirror = new SubscriptionMirror(sns.port, sink);

    await mirror.sync();

    const mirrors = sns.subscriptions.filter((s) => s.protocol === 'http');
    expect(mirrors).toEqual([
      {
        arn: 'mirror-1',
        topicArn: 'topic',
        protocol: 'http',
        endpoint: 'http://127.0.0.1:9/sns/jane%40example.com',
        attributes: { FilterPolicyScope: 'MessageAttributes', FilterPolicy: jane },
      },
      // The unfiltered operations address stays unfiltered: it receives every message.
      {
        arn: 'mirror-2',
        topicArn: 'topic',
        protocol: 'http',
        endpoint: 'http://127.0.0.1:9/sns/ops%40example.com',
        attributes: {},
      },
    ]);
  });

  it('mirrors a subscription created later only once', async () => {
    const sns = fakeSns([]);
    const mirror = new SubscriptionMirror(sns.port, sink);
    sns.subscriptions.push({
      arn: 'sub-1',
      topicArn: 'topic',
      protocol: 'email',
      endpoint: 'a@b.c',
      attributes: { FilterPolicy: jane },
    });

    await mirror.sync('topic');
    await mirror.sync('topic');

    expect(sns.subscriptions.filter((s) => s.protocol === 'http')).toHaveLength(1);
  });

  it('follows a changed filter policy of a subscription it is told about', async () => {
    const sns = fakeSns([
      {
        arn: 'sub-1',
        topicArn: 'topic',
        protocol: 'email',
        endpoint: 'a@b.c',
        attributes: { FilterPolicy: jane },
      },
    ]);
    const mirror = new SubscriptionMirror(sns.port, sink);
    await mirror.sync('topic');
    const changed = JSON.stringify({ recipient: ['a@b.c'] });
    const email = sns.subscriptions.find((s) => s.arn === 'sub-1');
    if (email) email.attributes['FilterPolicy'] = changed;

    await mirror.sync('topic', 'sub-1');

    expect(sns.subscriptions.find((s) => s.protocol === 'http')?.attributes['FilterPolicy']).toBe(
      changed,
    );
  });

  it('removes the mirror of an email subscription that was unsubscribed', async () => {
    const sns = fakeSns([
      { arn: 'sub-1', topicArn: 'topic', protocol: 'email', endpoint: 'a@b.c', attributes: {} },
    ]);
    const mirror = new SubscriptionMirror(sns.port, sink);
    await mirror.sync('topic');
    await sns.port.unsubscribe('sub-1');

    await mirror.sync('topic');

    expect(sns.subscriptions).toEqual([]);
  });
});
