import type { WebhookAck } from '@payments/contracts/lambda';

/** What happened to one delivery; `enqueued` says whether this call put a job on the queue. */
export interface WebhookOutcome extends WebhookAck {
  readonly enqueued: boolean;
}
