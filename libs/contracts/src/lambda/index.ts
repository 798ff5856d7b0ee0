/**
 * `@payments/contracts/lambda`: what the Lambda functions need from the contracts, without
 * evaluating TypeBox at module load. Nothing imported here (statically) builds a schema: values
 * come from schema-free modules, types are type-only re-exports, and the validators run checks
 * generated at build time from the TypeBox schemas (which stay the single source of truth),
 * loading TypeBox only to list the errors of a rejected input. The OpenAPI builders and the
 * schemas themselves are in the root entry `@payments/contracts`.
 */
export type { AsyncValidator } from './async-validator';
export * from './validators';

export * from '../http/error-body';
export * from '../http/json-body';
export * from '../messages/email-routing';
export * from '../messages/notification-job-message';
export * from '../model/currencies';
export * from '../model/error-codes';
export * from '../model/error-response-limits';
export * from '../model/payment-event-types';
export * from '../model/webhook-limits';
export * from '../storage/transaction-item';

export type { ValidationResult } from '../validation/validation-result';
export type { FieldError, ErrorResponse } from '../schemas/error-response';
export type { NotificationJob } from '../messages/notification-job';
export type { NotifyAck, NotifyRequest } from '../schemas/notify';
export type { TransactionPathParameters } from '../schemas/path-parameters';
export type {
  NotificationSummary,
  SentNotification,
  TransactionEventView,
  TransactionView,
} from '../schemas/transaction-view';
export type { WebhookAck } from '../schemas/webhook-ack';
export type { Customer, WebhookEvent } from '../schemas/webhook-event';
