import type { Static, TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import { ERROR_RESPONSE_LIMITS } from '../model/error-response-limits';
import type { FieldError } from '../schemas/error-response';
import type { ValidationResult } from './validation-result';

export type { ValidationResult } from './validation-result';

export interface Validator<T> {
  validate(input: unknown): ValidationResult<T>;
}

interface TypeBoxError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message: string;
}

// The limits of the ErrorResponse schema: an error body must itself satisfy the contract, even for
// a 160-value enum or an attacker-chosen 10 kB field name.
const MAX_REPORTED_ERRORS = ERROR_RESPONSE_LIMITS.errorsMaxItems;
const MAX_PATH_LENGTH = ERROR_RESPONSE_LIMITS.fieldPathMaxLength;
const MAX_MESSAGE_LENGTH = ERROR_RESPONSE_LIMITS.fieldMessageMaxLength;
const MAX_LISTED_ENUM_LENGTH = 200;

/**
 * Compiles a schema once (call this at module scope) and returns a validator that reports every
 * problem with its JSON Pointer, so a sender can fix all of them in one round trip.
 */
export function compileValidator<S extends TSchema>(schema: S): Validator<Static<S>> {
  const compiled = Compile(schema);
  return {
    validate(input: unknown): ValidationResult<Static<S>> {
      if (compiled.Check(input)) return { ok: true, value: input as Static<S> };
      const errors = toFieldErrors([...compiled.Errors(input)] as TypeBoxError[]);
      return { ok: false, errors };
    },
  };
}

function toFieldErrors(raw: TypeBoxError[]): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const error of raw.flatMap(describe).map(clamp)) {
    const key = `${error.path}\u0000${error.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push(error);
    if (errors.length === MAX_REPORTED_ERRORS) break;
  }
  return errors;
}

function describe(error: TypeBoxError): FieldError[] {
  switch (error.keyword) {
    case 'required':
      return stringList(error.params['requiredProperties']).map((name) => ({
        path: `${error.instancePath}/${escapePointer(name)}`,
        message: 'is required',
      }));
    case 'additionalProperties':
      return stringList(error.params['additionalProperties']).map((name) => ({
        path: `${error.instancePath}/${escapePointer(name)}`,
        message: 'is not an allowed field',
      }));
    // `additionalProperties: false` also yields a bare "schema is false" for the same field;
    // the additionalProperties entry above already names it.
    case 'boolean':
      return [];
    case 'enum':
      return [
        {
          path: error.instancePath,
          message: enumMessage(stringList(error.params['allowedValues'])),
        },
      ];
    default:
      return [{ path: error.instancePath, message: error.message }];
  }
}

function enumMessage(allowed: string[]): string {
  const listed = allowed.join(', ');
  if (listed.length <= MAX_LISTED_ENUM_LENGTH) return `must be one of: ${listed}`;
  return `must be one of the ${allowed.length} values the schema lists (${allowed.slice(0, 3).join(', ')}, ...)`;
}

function clamp(error: FieldError): FieldError {
  return {
    path: truncate(error.path, MAX_PATH_LENGTH),
    message: truncate(error.message, MAX_MESSAGE_LENGTH),
  };
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
