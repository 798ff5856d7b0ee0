/** No event has been accepted for this transaction id. */
export class TransactionNotFoundError extends Error {
  override readonly name = 'TransactionNotFoundError';

  constructor(readonly transactionId: string) {
    super(`Transaction ${transactionId} not found`);
  }
}
