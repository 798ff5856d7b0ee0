import { statusOfEventType, type PaymentEventType } from '../../schemas/payment-event-type';
import { webhookEventExamples } from '../examples/webhook-event-examples';

/** What each event type means to an integrator; the catalogue pairs it with an example. */
export const EVENT_TYPE_GUIDE: Readonly<Record<PaymentEventType, string>> = {
  'payment.created':
    'The provider created the payment (for example a payment intent); nothing has been charged yet.',
  'payment.pending':
    'The payment is being processed: waiting for the bank, for 3-D Secure, or for a delayed method such as a bank transfer.',
  'payment.succeeded':
    'The funds were captured. The customer is emailed a payment confirmation (their first email waits until they confirm their address; see *Delivery semantics*).',
  'payment.failed':
    'The payment was declined, cancelled or expired. Put the provider’s reason in `metadata` (for example `decline_code`).',
  'payment.refunded':
    'The payment was refunded; `amount` is the amount refunded (a partial refund is smaller than the payment).',
};

const FENCE = '```';

/** The event catalogue: every event type, the status it sets, and a complete valid example. */
export function eventCatalogueGuide(): string {
  const examples = webhookEventExamples();
  const sections = (Object.keys(EVENT_TYPE_GUIDE) as PaymentEventType[]).map((type) =>
    [
      `### \`${type}\``,
      '',
      `${EVENT_TYPE_GUIDE[type]} Sets the transaction status to \`${statusOfEventType(type)}\` when it is the transaction's latest event by \`occurred_at\`.`,
      '',
      `${FENCE}json`,
      JSON.stringify(examples[type], null, 2),
      FENCE,
    ].join('\n'),
  );
  return [
    'Every event is one `WebhookEvent` body sent to `POST /webhooks/payment`. The set of event types',
    'is closed: any other `event_type` is a `400`. A new type is added in a compatible release and',
    'announced in the changelog. Each event type sets the status of the same name; every event is',
    'emailed to its customer (see *Notifications* under *Delivery semantics*).',
    '',
    ...sections.flatMap((section) => [section, '']),
  ].join('\n');
}
