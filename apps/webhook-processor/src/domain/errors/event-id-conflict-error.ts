/**
 * The event id was already accepted with a different payload. The stored event stays as it is;
 * a provider that means a new event must send it under a new event id.
 */
export class EventIdConflictError extends Error {
  override readonly name = 'EventIdConflictError';

  constructor(
    readonly eventId: string,
    readonly transactionId: string,
  ) {
    super(
      `Event id ${eventId} was already accepted for transaction ${transactionId} with a different payload. ` +
        'The stored event is kept unchanged and this delivery was not applied. ' +
        'Redeliver the original payload, or send a changed event under a new event id.',
    );
  }
}
