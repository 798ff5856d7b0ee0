import type { Validator } from '../src/validation/compile-validator';

/** One bad input and where the validator must point: its class, the JSON Pointer, the wording. */
export type RejectionCase = readonly [label: string, input: unknown, path: string, message: RegExp];

/** A deep copy of `base` with the value at a JSON Pointer replaced (or removed when `undefined`). */
export function withValue(base: unknown, pointer: string, value: unknown): unknown {
  const copy = structuredClone(base) as Record<string, unknown>;
  const segments = pointer.split('/').slice(1);
  const last = segments.pop() as string;
  let target = copy;
  for (const segment of segments) target = target[segment] as Record<string, unknown>;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}

export function without(base: unknown, pointer: string): unknown {
  return withValue(base, pointer, undefined);
}

/** Asserts the input is rejected with an error at exactly `path` whose message matches. */
export function expectRejectedAt<T>(
  validator: Validator<T>,
  input: unknown,
  path: string,
  message: RegExp,
): void {
  const result = validator.validate(input);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  const atPath = result.errors.filter((error) => error.path === path);
  expect({ path, messages: atPath.map((e) => e.message) }).toEqual({
    path,
    messages: expect.arrayContaining([expect.stringMatching(message)]),
  });
}

export const long = (length: number, char = 'a') => char.repeat(length);
