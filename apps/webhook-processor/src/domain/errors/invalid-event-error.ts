import type { FieldError } from '@payments/contracts/lambda';

/**
 * The event passed the schema but cannot be stored as sent, e.g. an `occurred_at` leap second
 * (RFC 3339 allows `:60`, which no JavaScript Date can represent, so no sort key can be built).
 */
export class InvalidEventError extends Error {
  override readonly name = 'InvalidEventError';

  constructor(readonly errors: FieldError[]) {
    super(errors.map((e) => `${e.path} ${e.message}`).join('; '));
  }
}
