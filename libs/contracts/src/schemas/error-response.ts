import { Type, type Static } from 'typebox';

/** Every error code the API returns, with its HTTP status. */
export const ERROR_CODES = {
  VALIDATION_FAILED: 400,
  ACCESS_DENIED: 403,
  NOT_FOUND: 404,
  EVENT_ID_CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  THROTTLED: 429,
  INTERNAL_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

export const FieldErrorSchema = Type.Object(
  {
    path: Type.String({
      maxLength: 300,
      description:
        'JSON Pointer (RFC 6901) to the offending value, e.g. `/customer/email`; empty for the whole body.',
    }),
    message: Type.String({ maxLength: 500 }),
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
    message: Type.String({ maxLength: 2000, description: 'What is wrong, for a human.' }),
    request_id: Type.Optional(
      Type.String({
        maxLength: 100,
        description: 'API Gateway request id; quote it when asking for support.',
      }),
    ),
    errors: Type.Array(FieldErrorSchema, {
      maxItems: 100,
      description: 'Field-level problems; empty when the error is not about a field.',
    }),
  },
  { additionalProperties: false },
);
export type ErrorResponse = Static<typeof ErrorResponseSchema>;
