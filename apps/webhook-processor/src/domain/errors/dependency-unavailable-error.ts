export type ProcessingStep = 'store-event' | 'enqueue-notification';

/**
 * Storage or the queue failed, so the event is not acknowledged. The sender retries, and the
 * retry completes whichever step is missing: the event key is derived from the event, so a
 * stored-but-not-enqueued event is found again and enqueued then.
 */
export class DependencyUnavailableError extends Error {
  override readonly name = 'DependencyUnavailableError';

  constructor(
    readonly step: ProcessingStep,
    options: { cause: unknown },
  ) {
    super(`Could not ${step.replace('-', ' ')}`, options);
  }
}
