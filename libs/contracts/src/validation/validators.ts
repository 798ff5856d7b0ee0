import { NotificationJobSchema } from '../messages/notification-job';
import { NotifyRequestSchema } from '../schemas/notify';
import { TransactionPathParametersSchema } from '../schemas/path-parameters';
import { WebhookEventSchema } from '../schemas/webhook-event';
import { compileValidator } from './compile-validator';

// Compiled once per process (Lambda init), reused by every invocation.
export const webhookEventValidator = compileValidator(WebhookEventSchema);
export const notifyRequestValidator = compileValidator(NotifyRequestSchema);
export const transactionPathParametersValidator = compileValidator(TransactionPathParametersSchema);
export const notificationJobValidator = compileValidator(NotificationJobSchema);
