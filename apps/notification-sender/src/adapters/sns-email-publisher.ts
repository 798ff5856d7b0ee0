import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import {
  AUDIENCE_ATTRIBUTE,
  normalizeRecipient,
  RECIPIENT_ATTRIBUTE,
} from '@payments/contracts/lambda';
import type { EmailPublisher, OutgoingEmail } from '../ports/email-publisher';

/** The audience of customer emails; the operations subscription may filter on it. */
export const CUSTOMER_AUDIENCE = 'customer';

/**
 * Publishes a customer email to the notifications topic. SNS email is a broadcast, so the
 * `recipient` attribute is what confines the message to the customer's own subscription
 * (whose filter policy matches exactly that value).
 */
export class SnsEmailPublisher implements EmailPublisher {
  constructor(
    private readonly client: SNSClient,
    private readonly topicArn: string,
  ) {}

  async publish(email: OutgoingEmail): Promise<string> {
    const result = await this.client.send(
      new PublishCommand({
        TopicArn: this.topicArn,
        Subject: email.subject,
        Message: email.text,
        MessageAttributes: {
          [RECIPIENT_ATTRIBUTE]: text(normalizeRecipient(email.recipient)),
          [AUDIENCE_ATTRIBUTE]: text(CUSTOMER_AUDIENCE),
          transaction_id: text(email.transactionId),
          event_type: text(email.eventType),
          notification_id: text(email.notificationId),
        },
      }),
    );
    if (!result.MessageId) throw new Error('SNS Publish returned no MessageId');
    return result.MessageId;
  }
}

function text(value: string) {
  return { DataType: 'String', StringValue: value };
}
