import type { FieldError } from '../schemas/error-response';

/** What every validator returns: the typed value, or every problem with its JSON Pointer. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };
