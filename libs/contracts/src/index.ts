export * from './messages/email-routing';
export * from './messages/notification-job';
export * from './schemas';
export * from './storage/transaction-item';
export * from './validation/compile-validator';
export * from './validation/validators';
export * from './http/error-body';
export * from './http/json-body';
