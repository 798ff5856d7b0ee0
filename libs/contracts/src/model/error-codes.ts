// Plain data (no TypeBox): the Lambda entry imports it without building any schema.

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
