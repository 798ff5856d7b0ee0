import { ERROR_CODES, type ErrorCode } from '../schemas/error-response';
import type { OperationId } from './api-operations';
import { schemaRef } from './component-schemas';
import { errorExamples, validationFailedExamples } from './examples/error-examples';
import { ERROR_CODE_GUIDE } from './guide/error-catalogue';

const JSON_MEDIA_TYPE = 'application/json';

/** Error codes each operation can answer, beyond the ones every operation can. */
const OPERATION_ERRORS: Record<OperationId, readonly ErrorCode[]> = {
  receivePaymentWebhook: ['EVENT_ID_CONFLICT', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE'],
  getTransaction: ['NOT_FOUND'],
  notifyTransaction: ['NOT_FOUND', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE'],
};

const COMMON_ERRORS: readonly ErrorCode[] = [
  'VALIDATION_FAILED',
  'ACCESS_DENIED',
  'THROTTLED',
  'INTERNAL_ERROR',
  'SERVICE_UNAVAILABLE',
];

/** The error codes an operation can answer, in status order. */
export function operationErrorCodes(operationId: OperationId): ErrorCode[] {
  const codes = new Set([...COMMON_ERRORS, ...OPERATION_ERRORS[operationId]]);
  return [...codes].sort((a, b) => ERROR_CODES[a] - ERROR_CODES[b]);
}

/** One response object per error status of the operation, all with the ErrorResponse schema. */
export function errorResponses(operationId: OperationId): Record<string, unknown> {
  const examples = {
    ...errorExamples(),
    VALIDATION_FAILED: validationFailedExamples()[operationId],
  };
  return Object.fromEntries(
    operationErrorCodes(operationId).map((code) => {
      const guide = ERROR_CODE_GUIDE[code];
      return [
        String(ERROR_CODES[code]),
        {
          description: `\`${code}\`: ${guide.meaning} Retry: ${guide.retry}`,
          content: {
            [JSON_MEDIA_TYPE]: { schema: schemaRef('ErrorResponse'), examples: examples[code] },
          },
        },
      ];
    }),
  );
}

export function jsonContent(
  name: Parameters<typeof schemaRef>[0],
  examples: Record<string, { summary: string; value: unknown }>,
): Record<string, unknown> {
  return { [JSON_MEDIA_TYPE]: { schema: schemaRef(name), examples } };
}
