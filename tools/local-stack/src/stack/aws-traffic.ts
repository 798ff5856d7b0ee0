import type { AwsCall } from '../moto/aws-call';
import type { ErrorReply, FaultInjector } from '../moto/fault-injector';
import type { PublishTracker } from '../outbox/publish-tracker';
import { publishedMessages } from '../outbox/sns-calls';
import type { SubscriptionMirror } from '../outbox/subscription-mirror';

export interface AwsTrafficDependencies {
  readonly faults: FaultInjector;
  readonly mirror: SubscriptionMirror;
  readonly publishes: PublishTracker;
  readonly log: (line: string) => void;
}

const SUBSCRIPTION_CHANGES = new Set(['Subscribe', 'Unsubscribe', 'SetSubscriptionAttributes']);

/**
 * What the local stack does with the AWS calls passing through its endpoint: injected faults
 * first; before a publish, the email mirrors of the topic are brought up to date (so a
 * subscription created just before is already mirrored) and the publish's attributes are kept
 * for its deliveries; after a subscription change, the mirrors follow it.
 */
export function interceptAwsTraffic(deps: AwsTrafficDependencies) {
  return async (call: AwsCall, proceed: () => Promise<number>): Promise<ErrorReply | undefined> => {
    const fault = deps.faults.failureFor(call);
    if (fault) {
      deps.log(`fault injected: ${call.service} ${call.action} -> 503`);
      return fault;
    }
    if (call.service !== 'sns') return undefined;
    if (call.action === 'Publish' || call.action === 'PublishBatch') {
      const messages = publishedMessages(call.action, call.params);
      await syncQuietly(deps, messages[0]?.topicArn);
      const token = deps.publishes.begin(messages);
      try {
        await proceed();
      } finally {
        deps.publishes.end(token);
      }
      return undefined;
    }
    if (SUBSCRIPTION_CHANGES.has(call.action)) {
      const status = await proceed();
      if (status < 300) {
        const topicArn =
          typeof call.params['TopicArn'] === 'string' ? call.params['TopicArn'] : undefined;
        const changed =
          call.action === 'SetSubscriptionAttributes'
            ? String(call.params['SubscriptionArn'])
            : undefined;
        await syncQuietly(deps, topicArn, changed);
      }
    }
    return undefined;
  };
}

async function syncQuietly(deps: AwsTrafficDependencies, topicArn?: string, changed?: string) {
  try {
    await deps.mirror.sync(topicArn, changed);
  } catch (error) {
    // A publish to a topic that does not exist fails in moto with SNS's own error; let it.
    deps.log(`email mirror sync failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
