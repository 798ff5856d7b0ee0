// Plain data (no TypeBox): the Lambda entry imports it without building any schema.

/** Largest webhook body the API accepts, in bytes of the raw request body. Larger is a 413. */
export const MAX_WEBHOOK_BODY_BYTES = 16 * 1024;
export const MAX_METADATA_ENTRIES = 10;
