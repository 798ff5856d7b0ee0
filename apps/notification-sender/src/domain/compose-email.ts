import {
  statusOfEventType,
  toUtcInstant,
  type EventItem,
  type PaymentStatus,
} from '@payments/contracts/lambda';
import { formatAmount } from './format-amount';

export interface EmailContent {
  readonly subject: string;
  readonly text: string;
}

const HEADLINES: Record<PaymentStatus, string> = {
  created: 'We have received your payment and it is being set up.',
  pending: 'Your payment is being processed.',
  succeeded: 'Your payment was successful.',
  failed: 'Your payment could not be completed.',
  refunded: 'Your payment has been refunded.',
};

/**
 * The customer email for an event: what they need (status, amount in their currency, transaction
 * id, when it happened) and nothing else. Built from an allow-list of fields, so metadata, card
 * data, hashes, table keys and internal ids cannot leak in by accident.
 */
export function composeEmail(event: EventItem): EmailContent {
  const status = statusOfEventType(event.event_type);
  const amount = formatAmount(event.amount, event.currency);
  return {
    // SNS email subjects: ASCII-printable-friendly, no line breaks, at most 100 characters.
    subject: `Payment ${status}: ${amount}`.slice(0, 100),
    text: [
      'Hello,',
      '',
      HEADLINES[status],
      '',
      `Status:         ${status}`,
      `Amount:         ${amount} (${event.currency})`,
      `Transaction ID: ${event.transaction_id}`,
      `Event time:     ${formatInstant(event.occurred_at)}`,
      '',
      'Please quote the transaction ID if you contact us about this payment.',
    ].join('\n'),
  };
}

/** UTC to the second; a leap second (23:59:60, which `Date` rejects) reads as 23:59:59. */
function formatInstant(rfc3339: string): string {
  return `${toUtcInstant(rfc3339).slice(0, 19).replace('T', ' ')} UTC`;
}
