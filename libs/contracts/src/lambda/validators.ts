import { precompiledValidator } from './async-validator';
import {
  checkNotificationJob,
  checkNotifyRequest,
  checkTransactionPathParameters,
  checkWebhookEvent,
} from './generated/standalone-checks';

// Same names and results as the root entry's validators, without TypeBox on the accepting path.
export const webhookEventValidator = precompiledValidator(
  checkWebhookEvent,
  'webhookEventValidator',
);
export const notifyRequestValidator = precompiledValidator(
  checkNotifyRequest,
  'notifyRequestValidator',
);
export const transactionPathParametersValidator = precompiledValidator(
  checkTransactionPathParameters,
  'transactionPathParametersValidator',
);
export const notificationJobValidator = precompiledValidator(
  checkNotificationJob,
  'notificationJobValidator',
);
