import type { PublishedMessage } from './sns-calls';

/**
 * Remembers the publishes in flight so a delivered copy can be given its message attributes:
 * moto's HTTP deliveries leave them out (SNS includes them), and moto delivers before it
 * answers the Publish, so the publish is still in flight when its copies arrive.
 */
export class PublishTracker {
  private readonly inFlight = new Map<number, readonly PublishedMessage[]>();
  private next = 0;

  begin(messages: readonly PublishedMessage[]): number {
    const token = this.next++;
    this.inFlight.set(token, messages);
    return token;
  }

  end(token: number): void {
    this.inFlight.delete(token);
  }

  attributesOf(
    topicArn: string,
    message: string,
    subject: string | undefined,
  ): PublishedMessage['attributes'] | undefined {
    for (const messages of this.inFlight.values()) {
      const match = messages.find(
        (m) =>
          m.topicArn === topicArn &&
          m.message === message &&
          (m.subject ?? undefined) === (subject ?? undefined),
      );
      if (match) return match.attributes;
    }
    return undefined;
  }
}
