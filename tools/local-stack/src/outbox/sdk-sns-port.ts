import {
  GetSubscriptionAttributesCommand,
  ListSubscriptionsByTopicCommand,
  ListTopicsCommand,
  SetSubscriptionAttributesCommand,
  SubscribeCommand,
  UnsubscribeCommand,
  type SNSClient,
} from '@aws-sdk/client-sns';
import type { SnsPort } from './subscription-mirror';

/** SnsPort over the SNS API of the emulator. */
export function sdkSnsPort(sns: SNSClient): SnsPort {
  return {
    async listTopics() {
      const arns: string[] = [];
      let NextToken: string | undefined;
      do {
        const page = await sns.send(new ListTopicsCommand({ NextToken }));
        arns.push(...(page.Topics ?? []).map((t) => t.TopicArn ?? '').filter(Boolean));
        NextToken = page.NextToken;
      } while (NextToken);
      return arns;
    },
    async listSubscriptions(topicArn) {
      const subscriptions: { arn: string; protocol: string; endpoint: string }[] = [];
      let NextToken: string | undefined;
      do {
        const page = await sns.send(
          new ListSubscriptionsByTopicCommand({ TopicArn: topicArn, NextToken }),
        );
        for (const s of page.Subscriptions ?? []) {
          subscriptions.push({
            arn: s.SubscriptionArn ?? '',
            protocol: s.Protocol ?? '',
            endpoint: s.Endpoint ?? '',
          });
        }
        NextToken = page.NextToken;
      } while (NextToken);
      return subscriptions;
    },
    async getAttributes(subscriptionArn) {
      const output = await sns.send(
        new GetSubscriptionAttributesCommand({ SubscriptionArn: subscriptionArn }),
      );
      return output.Attributes ?? {};
    },
    async subscribeHttp(topicArn, endpoint, attributes) {
      const output = await sns.send(
        new SubscribeCommand({
          TopicArn: topicArn,
          Protocol: new URL(endpoint).protocol.replace(':', ''),
          Endpoint: endpoint,
          Attributes: attributes,
          ReturnSubscriptionArn: true,
        }),
      );
      return output.SubscriptionArn ?? '';
    },
    async setAttribute(subscriptionArn, name, value) {
      await sns.send(
        new SetSubscriptionAttributesCommand({
          SubscriptionArn: subscriptionArn,
          AttributeName: name,
          AttributeValue: value,
        }),
      );
    },
    async unsubscribe(subscriptionArn) {
      await sns.send(new UnsubscribeCommand({ SubscriptionArn: subscriptionArn }));
    },
  };
}
