import {
  TRANSACTION_ID_MAX_LENGTH,
  TRANSACTION_ID_PATTERN,
  TransactionIdSchema,
} from '../schemas/identifiers';
import type { PaymentEventType } from '../schemas/payment-event-type';
import { MAX_WEBHOOK_BODY_BYTES, WebhookEventSchema } from '../schemas/webhook-event';
import type { OperationId } from './api-operations';
import {
  notifyAckExample,
  transactionViewExample,
  webhookAckExample,
} from './examples/response-examples';
import { notifyRequestExample, webhookEventExamples } from './examples/webhook-event-examples';
import { errorResponses, jsonContent } from './operation-responses';
import type { OperationObject } from './openapi-document';
import { schemaKeyword } from './schema-keyword';

export const SECURITY_SCHEME_NAME = 'sigv4';

function transactionIdParameter(): Record<string, unknown> {
  return {
    name: 'id',
    in: 'path',
    required: true,
    description: schemaKeyword<string>(TransactionIdSchema, 'description'),
    schema: {
      type: 'string',
      pattern: TRANSACTION_ID_PATTERN,
      minLength: 1,
      maxLength: TRANSACTION_ID_MAX_LENGTH,
    },
    example: 'txn_3MtwBwLkdIwHu7ix',
  };
}

/** Every event type as a named example, `payment.succeeded` first (the one shown by default). */
function webhookEventBodyExamples(): Record<string, { summary: string; value: unknown }> {
  const examples = webhookEventExamples();
  const order: PaymentEventType[] = [
    'payment.succeeded',
    'payment.created',
    'payment.pending',
    'payment.failed',
    'payment.refunded',
  ];
  return Object.fromEntries(
    order.map((type) => [
      type.replace(/\.(\w)/, (_match, first: string) => first.toUpperCase()),
      { summary: type, value: examples[type] },
    ]),
  );
}

/** The three operations, keyed by operationId; the builders place them under their paths. */
export function operationObjects(): Record<OperationId, OperationObject> {
  const security = [{ [SECURITY_SCHEME_NAME]: [] }];
  return {
    receivePaymentWebhook: {
      operationId: 'receivePaymentWebhook',
      tags: ['Webhooks'],
      summary: 'Deliver a payment event',
      description: [
        'Accepts one payment event from a provider. The answer is `2xx` only once the event is stored',
        'and its customer notification is queued; any failure before that is a `5xx`, and the same',
        'request may be retried safely. Redelivering an accepted event is answered `200` with',
        '`"status": "duplicate"` and changes nothing; any reuse of an event id (per provider) with',
        'different content, whatever field differs, is `409`. See *Delivery semantics* for retries and ordering.',
        '',
        `The raw body may be at most ${MAX_WEBHOOK_BODY_BYTES} bytes (\`413\` above) and must be`,
        '`application/json` (`415` otherwise).',
      ].join('\n'),
      security,
      requestBody: {
        required: true,
        description: `${schemaKeyword<string>(WebhookEventSchema, 'description')} Each unknown field is reported at its own path (e.g. \`/signature\`) with the message \`is not an allowed field\`.`,
        content: jsonContent('WebhookEvent', webhookEventBodyExamples()),
      },
      responses: {
        '200': {
          description:
            'Duplicate: this event id was already accepted with the same content. Nothing was stored or queued again. Stop retrying.',
          content: jsonContent('WebhookAck', {
            duplicate: {
              summary: 'Redelivery of an accepted event',
              value: webhookAckExample('duplicate'),
            },
          }),
        },
        '202': {
          description: 'Accepted: the event is stored and the customer notification is queued.',
          content: jsonContent('WebhookAck', {
            accepted: { summary: 'First delivery', value: webhookAckExample('accepted') },
          }),
        },
        ...errorResponses('receivePaymentWebhook'),
      },
    },
    getTransaction: {
      operationId: 'getTransaction',
      tags: ['Transactions'],
      summary: 'Read a transaction',
      description: [
        'Returns the current state of a transaction and its full event history. `status`, `amount`',
        'and `currency` come from the event with the latest `occurred_at`, whatever order the events',
        'arrived in; `events` is sorted by `occurred_at`. Reads reflect every acknowledged event.',
      ].join('\n'),
      security,
      parameters: [transactionIdParameter()],
      responses: {
        '200': {
          description: 'The transaction.',
          content: jsonContent('TransactionView', {
            outOfOrder: {
              summary: 'Succeeded, although its pending event arrived last',
              value: transactionViewExample(),
            },
          }),
        },
        ...errorResponses('getTransaction'),
      },
    },
    notifyTransaction: {
      operationId: 'notifyTransaction',
      tags: ['Transactions'],
      summary: 'Re-send the customer notification',
      description: [
        'Queues an email to the transaction’s customer about its current state, for example when the',
        'customer says the receipt never arrived. Only the transaction’s own customer receives it.',
        'The email is sent asynchronously; `202` means it is queued. Repeating a request with the same',
        '`request_id` queues nothing new.',
      ].join('\n'),
      security,
      parameters: [transactionIdParameter()],
      requestBody: {
        required: true,
        description: 'Unknown fields are rejected with a `400`, as for webhook events.',
        content: jsonContent('NotifyRequest', {
          resend: { summary: 'Re-send after a support request', value: notifyRequestExample() },
        }),
      },
      responses: {
        '202': {
          description: 'Queued: the notification will be emailed to the transaction’s customer.',
          content: jsonContent('NotifyAck', {
            queued: { summary: 'Queued', value: notifyAckExample() },
          }),
        },
        ...errorResponses('notifyTransaction'),
      },
    },
  };
}
