/**
 * The scenarios' names for the parent process, which must not import the handlers (they are
 * measured in a separate, bundled child): kept in step with warm-child.ts by the smoke test.
 */
export const SCENARIO_CATALOGUE = [
  {
    id: 'webhook-processor/accept',
    functionName: 'webhook-processor',
    label: 'POST /webhooks/payment, new event (parse, validate, store, enqueue, 202)',
    eventsPerRun: 1,
  },
  {
    id: 'webhook-processor/accept-sdk',
    functionName: 'webhook-processor',
    label:
      'POST /webhooks/payment, new event, real adapters and SDK clients over a canned HTTP layer (+ marshalling, serialisation, SigV4, parsing)',
    eventsPerRun: 1,
  },
  {
    id: 'webhook-processor/duplicate',
    functionName: 'webhook-processor',
    label: 'POST /webhooks/payment, redelivery (conditional put rejected, 200)',
    eventsPerRun: 1,
  },
  {
    id: 'transaction-reader/get',
    functionName: 'transaction-reader',
    label: 'GET /transactions/{id}, 3 events (validate, build the event-time view, 200)',
    eventsPerRun: 1,
  },
  {
    id: 'notification-sender/sqs-batch',
    functionName: 'notification-sender',
    label: 'SQS batch of 10 jobs (validate, claim, compose, publish, mark sent), per job',
    eventsPerRun: 10,
  },
] as const;
