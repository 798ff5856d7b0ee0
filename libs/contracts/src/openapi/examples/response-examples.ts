import type { NotifyAck } from '../../schemas/notify';
import type { TransactionView } from '../../schemas/transaction-view';
import type { WebhookAck } from '../../schemas/webhook-ack';
import {
  notifyRequestExample,
  webhookEventExample,
  webhookEventExamples,
} from './webhook-event-examples';

export function webhookAckExample(status: WebhookAck['status']): WebhookAck {
  const event = webhookEventExample();
  return { status, event_id: event.event_id, transaction_id: event.transaction_id };
}

/**
 * A transaction whose `payment.succeeded` arrived before `payment.pending`: the history is in
 * event-time order and the status is `succeeded` regardless.
 */
export function transactionViewExample(): TransactionView {
  const events = webhookEventExamples();
  const created = events['payment.created'];
  const pending = events['payment.pending'];
  const succeeded = events['payment.succeeded'];
  return {
    transaction_id: succeeded.transaction_id,
    provider: succeeded.provider,
    status: 'succeeded',
    amount: succeeded.amount,
    currency: succeeded.currency,
    customer: succeeded.customer,
    created_at: created.occurred_at,
    updated_at: succeeded.occurred_at,
    events: [
      {
        event_id: created.event_id,
        event_type: 'payment.created',
        status: 'created',
        amount: created.amount,
        currency: created.currency,
        occurred_at: created.occurred_at,
        received_at: '2026-03-02T10:15:30.410Z',
      },
      {
        event_id: pending.event_id,
        event_type: 'payment.pending',
        status: 'pending',
        amount: pending.amount,
        currency: pending.currency,
        occurred_at: pending.occurred_at,
        received_at: '2026-03-02T10:15:36.950Z',
      },
      {
        event_id: succeeded.event_id,
        event_type: 'payment.succeeded',
        status: 'succeeded',
        amount: succeeded.amount,
        currency: succeeded.currency,
        occurred_at: succeeded.occurred_at,
        received_at: '2026-03-02T10:15:34.311Z',
      },
    ],
    notifications: {
      state: 'sent',
      sent: [
        {
          notification_id: `event:${created.event_id}`,
          trigger: 'event',
          event_id: created.event_id,
          sent_at: '2026-03-02T10:15:31.102Z',
        },
        {
          notification_id: `event:${succeeded.event_id}`,
          trigger: 'event',
          event_id: succeeded.event_id,
          sent_at: '2026-03-02T10:15:35.020Z',
        },
        {
          notification_id: `event:${pending.event_id}`,
          trigger: 'event',
          event_id: pending.event_id,
          sent_at: '2026-03-02T10:15:37.640Z',
        },
      ],
    },
  };
}

export function notifyAckExample(): NotifyAck {
  return {
    status: 'queued',
    transaction_id: webhookEventExample().transaction_id,
    notification_id: `manual:${notifyRequestExample().request_id}`,
  };
}
