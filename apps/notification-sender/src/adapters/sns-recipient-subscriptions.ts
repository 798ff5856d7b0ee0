import {
  GetSubscriptionAttributesCommand,
  SubscribeCommand,
  type SNSClient,
} from '@aws-sdk/client-sns';
import { customerFilterPolicy, normalizeRecipient } from '@payments/contracts/lambda';
import { RecipientSubscriptionMisconfiguredError } from '../domain/errors';
import type { RecipientSubscriptions, SubscriptionState } from '../ports/recipient-subscriptions';

/** What SNS answers in place of an ARN while an email subscription awaits confirmation. */
export const PENDING_CONFIRMATION_ARN = 'pending confirmation';

/**
 * Customer email subscriptions, created on first use with the recipient filter policy in the
 * same Subscribe call, so a customer subscription never exists without its filter even for an
 * instant. Subscribe is idempotent for the same topic, protocol, endpoint and attributes.
 *
 * Real SNS sends the customer a confirmation email first and delivers nothing until they click
 * it (PendingConfirmation = true); this reports 'pending' and the caller retries the job later.
 * Confirmed recipients are cached for the container's life; pending ones are re-checked with
 * GetSubscriptionAttributes, not re-subscribed, so a retry does not resend the confirmation.
 */
export class SnsRecipientSubscriptions implements RecipientSubscriptions {
  private readonly confirmed = new Set<string>();
  private readonly pending = new Map<string, string>();

  constructor(
    private readonly client: SNSClient,
    private readonly topicArn: string,
  ) {}

  async ensureSubscribed(email: string): Promise<SubscriptionState> {
    const recipient = normalizeRecipient(email);
    if (this.confirmed.has(recipient)) return 'confirmed';

    const known = this.pending.get(recipient);
    const arn = known ?? (await this.subscribe(recipient));
    if (arn === PENDING_CONFIRMATION_ARN) return 'pending';

    let attributes: Record<string, string>;
    try {
      const result = await this.client.send(
        new GetSubscriptionAttributesCommand({ SubscriptionArn: arn }),
      );
      attributes = result.Attributes ?? {};
    } catch (error) {
      // An unconfirmed subscription expires; subscribe afresh instead of polling a dead ARN.
      if (known && error instanceof Error && error.name === 'NotFoundException') {
        this.pending.delete(recipient);
        return this.ensureSubscribed(email);
      }
      throw error;
    }

    assertFilteredFor(recipient, attributes);
    if (attributes['PendingConfirmation'] === 'true') {
      this.pending.set(recipient, arn);
      return 'pending';
    }
    this.pending.delete(recipient);
    this.confirmed.add(recipient);
    return 'confirmed';
  }

  private async subscribe(recipient: string): Promise<string> {
    const result = await this.client.send(
      new SubscribeCommand({
        TopicArn: this.topicArn,
        Protocol: 'email',
        Endpoint: recipient,
        Attributes: {
          FilterPolicy: customerFilterPolicy(recipient),
          FilterPolicyScope: 'MessageAttributes',
        },
        ReturnSubscriptionArn: true,
      }),
    );
    return result.SubscriptionArn ?? PENDING_CONFIRMATION_ARN;
  }
}

/**
 * Defence in depth: a subscription for this address that was made some other way (without the
 * filter, or with another one) would receive other customers' messages. Refuse to use it.
 */
function assertFilteredFor(recipient: string, attributes: Record<string, string>): void {
  const scope = attributes['FilterPolicyScope'] ?? 'MessageAttributes';
  const policy = attributes['FilterPolicy'];
  const expected = JSON.parse(customerFilterPolicy(recipient)) as unknown;
  if (scope !== 'MessageAttributes' || !policy || !sameJson(JSON.parse(policy), expected)) {
    throw new RecipientSubscriptionMisconfiguredError(
      'The recipient subscription lacks the recipient filter policy; it is not used',
    );
  }
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
