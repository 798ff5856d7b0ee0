import type { Validator } from '../validation/compile-validator';
import type { ValidationResult } from '../validation/validation-result';
import type * as ValidationErrors from './validation-errors';

/** A validator whose failure path may load code first, hence the promise. */
export interface AsyncValidator<T> {
  validate(input: unknown): Promise<ValidationResult<T>>;
}

type FullValidators = typeof ValidationErrors;
type ValidatedType<V> = V extends Validator<infer T> ? T : never;

let fullValidators: Promise<FullValidators> | undefined;

/** Loads the TypeBox validators once per process; a failed load is retried by the next call. */
function loadFullValidators(): Promise<FullValidators> {
  fullValidators ??= import('./validation-errors').catch((error: unknown) => {
    fullValidators = undefined;
    throw error;
  });
  return fullValidators;
}

/**
 * Accepts with the build-time `check` alone; only a rejected input loads the TypeBox validator
 * of the same name, to list every error exactly as the root entry's validator does.
 */
export function precompiledValidator<K extends keyof FullValidators>(
  check: (value: unknown) => boolean,
  fullValidator: K,
): AsyncValidator<ValidatedType<FullValidators[K]>> {
  type T = ValidatedType<FullValidators[K]>;
  return {
    async validate(input: unknown): Promise<ValidationResult<T>> {
      if (check(input)) return { ok: true, value: input as T };
      const validators = await loadFullValidators();
      return (validators[fullValidator] as Validator<T>).validate(input);
    },
  };
}
