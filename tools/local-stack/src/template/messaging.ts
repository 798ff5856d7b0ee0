import { properties, resourcesOfType, type CfnTemplate } from './cfn-template';
import type { IntrinsicResolver } from './intrinsics';
import { omit } from './storage';

export interface QueueSpec {
  readonly logicalId: string;
  readonly name: string;
  readonly url: string;
  readonly arn: string;
  /** SetQueueAttributes form: every value a string, RedrivePolicy as JSON. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly redrive?: { readonly deadLetterTargetArn: string; readonly maxReceiveCount: number };
}

export interface TopicSpec {
  readonly logicalId: string;
  readonly name: string;
  readonly arn: string;
  readonly attributes: Readonly<Record<string, string>>;
}

export interface SubscriptionSpec {
  readonly logicalId: string;
  readonly topicArn: string;
  readonly protocol: string;
  readonly endpoint: string;
  readonly attributes: Readonly<Record<string, string>>;
}

/** Dead-letter queues first, so a redrive policy always names a queue that exists. */
export function deriveQueues(template: CfnTemplate, resolver: IntrinsicResolver): QueueSpec[] {
  const queues = resourcesOfType(template, 'AWS::SQS::Queue').map(({ logicalId, resource }) => {
    const props = resolver.resolve(properties(resource)) as Record<string, unknown>;
    const physical = resolver.physical(logicalId);
    const plain = omit(props, ['QueueName', 'Tags', 'RedrivePolicy', 'RedriveAllowPolicy']);
    const { RedrivePolicy, RedriveAllowPolicy } = props;
    const attributes: Record<string, string> = {};
    for (const [key, value] of Object.entries(plain)) attributes[key] = String(value);
    const redrive = RedrivePolicy as
      | { deadLetterTargetArn: string; maxReceiveCount: unknown }
      | undefined;
    if (redrive) attributes['RedrivePolicy'] = JSON.stringify(redrive);
    if (RedriveAllowPolicy) attributes['RedriveAllowPolicy'] = JSON.stringify(RedriveAllowPolicy);
    return {
      logicalId,
      name: String(physical.attributes['QueueName']),
      url: physical.ref,
      arn: String(physical.attributes['Arn']),
      attributes,
      ...(redrive
        ? {
            redrive: {
              deadLetterTargetArn: redrive.deadLetterTargetArn,
              maxReceiveCount: Number(redrive.maxReceiveCount),
            },
          }
        : {}),
    };
  });
  return [...queues.filter((q) => !q.redrive), ...queues.filter((q) => q.redrive)];
}

export function deriveTopics(template: CfnTemplate, resolver: IntrinsicResolver): TopicSpec[] {
  return resourcesOfType(template, 'AWS::SNS::Topic').map(({ logicalId, resource }) => {
    const props = resolver.resolve(properties(resource)) as Record<string, unknown>;
    const physical = resolver.physical(logicalId);
    const attributes: Record<string, string> = {};
    for (const key of ['DisplayName', 'KmsMasterKeyId', 'FifoTopic', 'ContentBasedDeduplication']) {
      if (props[key] !== undefined) attributes[key] = String(props[key]);
    }
    return {
      logicalId,
      name: String(physical.attributes['TopicName']),
      arn: physical.ref,
      attributes,
    };
  });
}

/** Standalone subscriptions and the ones listed inline on a topic (`Subscription`). */
export function deriveSubscriptions(
  template: CfnTemplate,
  resolver: IntrinsicResolver,
): SubscriptionSpec[] {
  const standalone = resourcesOfType(template, 'AWS::SNS::Subscription').map(
    ({ logicalId, resource }) => {
      const props = resolver.resolve(properties(resource)) as Record<string, unknown>;
      const attributes: Record<string, string> = {};
      for (const key of [
        'FilterPolicyScope',
        'FilterPolicy',
        'RawMessageDelivery',
        'RedrivePolicy',
        'DeliveryPolicy',
      ]) {
        const value = props[key];
        if (value === undefined) continue;
        attributes[key] = typeof value === 'string' ? value : JSON.stringify(value);
      }
      return {
        logicalId,
        topicArn: String(props['TopicArn']),
        protocol: String(props['Protocol']),
        endpoint: String(props['Endpoint']),
        attributes,
      };
    },
  );
  const inline = resourcesOfType(template, 'AWS::SNS::Topic').flatMap(({ logicalId, resource }) => {
    const list = resolver.resolve(resource.Properties?.['Subscription'] ?? []) as {
      Protocol: string;
      Endpoint: string;
    }[];
    return list.map((s, i) => ({
      logicalId: `${logicalId}Subscription${i}`,
      topicArn: resolver.physical(logicalId).ref,
      protocol: s.Protocol,
      endpoint: s.Endpoint,
      attributes: {},
    }));
  });
  return [...standalone, ...inline];
}
