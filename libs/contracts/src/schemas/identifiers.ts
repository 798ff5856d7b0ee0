import { Type } from 'typebox';

/**
 * Identifier patterns shared by the body schemas and the `{id}` path parameter. They are plain
 * ASCII so that they are safe as DynamoDB keys, log fields, SNS attributes and URL segments.
 */
export const TRANSACTION_ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$';
export const TRANSACTION_ID_MAX_LENGTH = 64;
export const EVENT_ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$';
export const PROVIDER_PATTERN = '^[a-z0-9][a-z0-9_-]{0,31}$';
export const CUSTOMER_ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$';
export const REQUEST_ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$';

export const TransactionIdSchema = Type.String({
  pattern: TRANSACTION_ID_PATTERN,
  minLength: 1,
  maxLength: TRANSACTION_ID_MAX_LENGTH,
  description:
    'Transaction identifier assigned by the payment provider: 1-64 characters, letters, digits, `_` and `-`, starting with a letter or digit.',
});

export const EventIdSchema = Type.String({
  pattern: EVENT_ID_PATTERN,
  minLength: 1,
  maxLength: 128,
  description:
    'Provider event identifier, unique per provider. Redelivering the same event id is how a provider retries; it is the idempotency key.',
});

export const ProviderSchema = Type.String({
  pattern: PROVIDER_PATTERN,
  minLength: 1,
  maxLength: 32,
  description: 'Lower-case name of the payment provider that emitted the event, e.g. `stripe`.',
});

/** ISO 8601 / RFC 3339 instant with an explicit offset, e.g. `2026-11-27T10:15:30.123Z`. */
export const InstantSchema = Type.String({
  format: 'date-time',
  minLength: 20,
  maxLength: 35,
  description: 'RFC 3339 date-time with a time zone offset.',
});
