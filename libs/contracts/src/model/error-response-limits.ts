// Plain data (no TypeBox): the Lambda entry imports it without building any schema.

/**
 * The size limits of the published ErrorResponse schema. The schema is built from these, and
 * code that must keep an error body within the contract (clipping a long validator message, a
 * hostile 10 kB field name) reads them here instead of from the schema object.
 */
export const ERROR_RESPONSE_LIMITS = {
  /** `maxLength` of `message`. */
  messageMaxLength: 2000,
  /** `maxLength` of `request_id`. */
  requestIdMaxLength: 100,
  /** `maxItems` of `errors`. */
  errorsMaxItems: 100,
  /** `maxLength` of `errors[].message`. */
  fieldMessageMaxLength: 500,
  /** `maxLength` of `errors[].path`. */
  fieldPathMaxLength: 300,
} as const;
