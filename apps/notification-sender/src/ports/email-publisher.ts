import type { PaymentEventType } from '@payments/contracts/lambda';

export interface OutgoingEmail {
  /** Customer address; routing depends on it, it never appears in the body. */
  readonly recipient: string;
  readonly subject: string;
  readonly text: string;
  readonly transactionId: string;
  readonly eventType: PaymentEventType;
  readonly notificationId: string;
}

/** Publishes one customer email; resolves to the provider's message id. */
export interface EmailPublisher {
  publish(email: OutgoingEmail): Promise<string>;
}
