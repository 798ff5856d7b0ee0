/** EMF metric names (namespace from config), one count per request outcome. */
export const WEBHOOK_METRICS = {
  accepted: 'EventsAccepted',
  duplicate: 'DuplicateEvents',
  conflict: 'EventConflicts',
  validationFailure: 'ValidationFailures',
  /** 5xx: storage or queue unavailable, or an unexpected error. The sender retries. */
  processingFailure: 'ProcessingFailures',
} as const;

export type WebhookMetric = (typeof WEBHOOK_METRICS)[keyof typeof WEBHOOK_METRICS];
