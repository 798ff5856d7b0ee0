import { Type, type Static } from 'typebox';
import { ERROR_CODES, type ErrorCode } from '../model/error-codes';
import { ERROR_RESPONSE_LIMITS } from '../model/error-response-limits';

export { ERROR_CODES, type ErrorCode } from '../model/error-codes';
export { ERROR_RESPONSE_LIMITS } from '../model/error-response-limits';

export const FieldErrorSchema = Type.Object(
  {
    path: Type.String({
      maxLength: ERROR_RESPONSE_LIMITS.fieldPathMaxLength,
      description:
        'JSON Pointer (RFC 6901) to the offending value, e.g. `/customer/email`; empty for the whole body.',
    }),
    message: Type.String({ maxLength: ERROR_RESPONSE_LIMITS.fieldMessageMaxLength }),
  },
  { additionalProperties: false },
);
export type FieldError = Static<typeof FieldErrorSchema>;

/** The one error body used by every 4xx and 5xx, from the Lambdas and from API Gateway alike. */
export const ErrorResponseSchema = Type.Object(
  {
    code: Type.Enum(Object.keys(ERROR_CODES) as ErrorCode[], {
      type: 'string',
      description: 'Stable machine-readable error code.',
    }),
    message: Type.String({
      maxLength: ERROR_RESPONSE_LIMITS.messageMaxLength,
      description: 'What is wrong, for a human.',
    }),
    request_id: Type.Optional(
      Type.String({
        maxLength: ERROR_RESPONSE_LIMITS.requestIdMaxLength,
        description: 'API Gateway request id; quote it when asking for support.',
      }),
    ),
    errors: Type.Array(FieldErrorSchema, {
      maxItems: ERROR_RESPONSE_LIMITS.errorsMaxItems,
      description: 'Field-level problems; empty when the error is not about a field.',
    }),
  },
  { additionalProperties: false },
);
export type ErrorResponse = Static<typeof ErrorResponseSchema>;
