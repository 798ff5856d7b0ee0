/** The SNS calls the mirror makes (SDK adapter against moto; a fake in tests). */
export interface SnsPort {
  listTopics(): Promise<string[]>;
  listSubscriptions(
    topicArn: string,
  ): Promise<{ arn: string; protocol: string; endpoint: string }[]>;
  getAttributes(subscriptionArn: string): Promise<Record<string, string>>;
  subscribeHttp(
    topicArn: string,
    endpoint: string,
    attributes: Record<string, string>,
  ): Promise<string>;
  setAttribute(subscriptionArn: string, name: string, value: string): Promise<void>;
  unsubscribe(subscriptionArn: string): Promise<void>;
}

interface Mirrored {
  readonly topicArn: string;
  readonly mirrorArn: string;
  filter: FilterAttributes;
}

type FilterAttributes = { FilterPolicyScope?: string; FilterPolicy?: string };

const EMAIL_PROTOCOLS = new Set(['email', 'email-json']);

/**
 * moto accepts email subscriptions but sends no email. For each one (from the template or
 * created at runtime by the notification sender) this keeps an HTTP subscription on the same
 * topic, pointing at the outbox, with the SAME filter policy and scope, so moto's own
 * filter-policy matching decides which copies reach the outbox, as SNS decides which emails
 * go out. Mirrors follow their email subscription: new, changed filter, unsubscribed.
 */
export class SubscriptionMirror {
  private readonly mirrored = new Map<string, Mirrored>();
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly sns: SnsPort,
    /** Outbox URL receiving the copies of one recipient's email subscription. */
    private readonly sinkUrl: (recipient: string, emailSubscriptionArn: string) => string,
  ) {}

  /** Brings the mirrors of one topic (or all) up to date; calls run one at a time. */
  sync(topicArn?: string, changedSubscriptionArn?: string): Promise<void> {
    const run = this.queue.then(() => this.syncNow(topicArn, changedSubscriptionArn));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async syncNow(topicArn: string | undefined, changed: string | undefined): Promise<void> {
    const topics = topicArn ? [topicArn] : await this.sns.listTopics();
    for (const topic of topics) {
      const subscriptions = await this.sns.listSubscriptions(topic);
      const emails = subscriptions.filter((s) => EMAIL_PROTOCOLS.has(s.protocol));
      for (const email of emails) {
        const known = this.mirrored.get(email.arn);
        if (!known) await this.create(topic, email.arn, email.endpoint);
        else if (email.arn === changed) await this.refresh(email.arn, known);
      }
      const present = new Set(emails.map((e) => e.arn));
      for (const [emailArn, mirror] of this.mirrored) {
        if (mirror.topicArn !== topic || present.has(emailArn)) continue;
        await this.sns.unsubscribe(mirror.mirrorArn);
        this.mirrored.delete(emailArn);
      }
    }
  }

  private async create(topicArn: string, emailArn: string, endpoint: string): Promise<void> {
    const filter = filterOf(await this.sns.getAttributes(emailArn));
    const mirrorArn = await this.sns.subscribeHttp(
      topicArn,
      this.sinkUrl(endpoint.trim().toLowerCase(), emailArn),
      ordered(filter),
    );
    this.mirrored.set(emailArn, { topicArn, mirrorArn, filter });
  }

  private async refresh(emailArn: string, mirror: Mirrored): Promise<void> {
    const filter = filterOf(await this.sns.getAttributes(emailArn));
    if (filter.FilterPolicyScope !== mirror.filter.FilterPolicyScope) {
      await this.sns.setAttribute(
        mirror.mirrorArn,
        'FilterPolicyScope',
        filter.FilterPolicyScope ?? 'MessageAttributes',
      );
    }
    if (filter.FilterPolicy !== mirror.filter.FilterPolicy) {
      await this.sns.setAttribute(mirror.mirrorArn, 'FilterPolicy', filter.FilterPolicy ?? '');
    }
    mirror.filter = filter;
  }
}

function filterOf(attributes: Record<string, string>): FilterAttributes {
  return {
    ...(attributes['FilterPolicyScope']
      ? { FilterPolicyScope: attributes['FilterPolicyScope'] }
      : {}),
    ...(attributes['FilterPolicy'] ? { FilterPolicy: attributes['FilterPolicy'] } : {}),
  };
}

/** The scope first: SNS (and moto) check a filter policy against the scope already set. */
function ordered(filter: FilterAttributes): Record<string, string> {
  return {
    ...(filter.FilterPolicyScope ? { FilterPolicyScope: filter.FilterPolicyScope } : {}),
    ...(filter.FilterPolicy ? { FilterPolicy: filter.FilterPolicy } : {}),
  };
}
