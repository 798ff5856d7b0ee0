import { Format } from 'typebox/format';
import { deepEqual, isObject, json, jsonType, type JsonSchema } from './draft4-json';

/** Keyword checks of one schema node, worded like API Gateway's validator (see draft4-validator). */
export function checkType(schema: JsonSchema, value: unknown): string[] {
  if (schema['type'] === undefined) return [];
  const allowed = ([] as unknown[]).concat(schema['type']).map(String);
  const actual = jsonType(value);
  const ok = allowed.includes(actual) || (actual === 'integer' && allowed.includes('number'));
  return ok
    ? []
    : [
        `instance type (${actual}) does not match any allowed primitive type (allowed: ${json(allowed.sort())})`,
      ];
}

export function checkEnum(schema: JsonSchema, value: unknown): string[] {
  const options = schema['enum'];
  if (!Array.isArray(options)) return [];
  return options.some((option) => deepEqual(option, value))
    ? []
    : [`instance value (${json(value)}) not found in enum (possible values: ${json(options)})`];
}

export function checkString(schema: JsonSchema, value: string): string[] {
  const errors: string[] = [];
  const length = [...value].length;
  const max = schema['maxLength'];
  const min = schema['minLength'];
  if (typeof max === 'number' && length > max) {
    errors.push(`string ${json(value)} is too long (length: ${length}, maximum allowed: ${max})`);
  }
  if (typeof min === 'number' && length < min) {
    errors.push(`string ${json(value)} is too short (length: ${length}, required minimum: ${min})`);
  }
  const pattern = schema['pattern'];
  if (typeof pattern === 'string' && !new RegExp(pattern, 'u').test(value)) {
    errors.push(`ECMA 262 regex ${json(pattern)} does not match input string ${json(value)}`);
  }
  const format = schema['format'];
  if (typeof format === 'string' && !Format.Test(format, value)) {
    errors.push(formatMessage(format, value));
  }
  return errors;
}

function formatMessage(format: string, value: string): string {
  if (format === 'email') return `string ${json(value)} is not a valid email address`;
  if (format === 'date-time') {
    return `string ${json(value)} is invalid against requested date format(s) [yyyy-MM-dd'T'HH:mm:ssZ, yyyy-MM-dd'T'HH:mm:ss.[0-9]{1,12}Z]`;
  }
  return `string ${json(value)} is not a valid ${format}`;
}

export function checkNumber(schema: JsonSchema, value: number): string[] {
  const errors: string[] = [];
  const max = schema['maximum'];
  const min = schema['minimum'];
  if (typeof max === 'number') {
    if (value > max) {
      errors.push(
        `numeric instance is greater than the required maximum (maximum: ${max}, found: ${value})`,
      );
    } else if (schema['exclusiveMaximum'] === true && value === max) {
      errors.push(`numeric instance is not strictly lower than the required maximum ${max}`);
    }
  }
  if (typeof min === 'number') {
    if (value < min) {
      errors.push(
        `numeric instance is lower than the required minimum (minimum: ${min}, found: ${value})`,
      );
    } else if (schema['exclusiveMinimum'] === true && value === min) {
      errors.push(`numeric instance is not strictly greater than the required minimum ${min}`);
    }
  }
  const divisor = schema['multipleOf'];
  if (typeof divisor === 'number' && !Number.isInteger(value / divisor)) {
    errors.push(`remainder of division is not zero (${value} / ${divisor})`);
  }
  return errors;
}

export function checkArraySize(schema: JsonSchema, value: unknown[]): string[] {
  const errors: string[] = [];
  const max = schema['maxItems'];
  const min = schema['minItems'];
  if (typeof max === 'number' && value.length > max) {
    errors.push(
      `array is too long: must have at most ${max} elements but instance has ${value.length} elements`,
    );
  }
  if (typeof min === 'number' && value.length < min) {
    errors.push(
      `array is too short: must have at least ${min} elements but instance has ${value.length} elements`,
    );
  }
  if (
    schema['uniqueItems'] === true &&
    value.some((v, i) => value.findIndex((w) => deepEqual(v, w)) !== i)
  ) {
    errors.push('array must not contain duplicate elements');
  }
  return errors;
}

export function checkObject(schema: JsonSchema, value: Record<string, unknown>): string[] {
  const errors: string[] = [];
  const names = Object.keys(value);
  const required = Array.isArray(schema['required']) ? (schema['required'] as string[]) : [];
  const missing = required.filter((name) => !(name in value)).sort();
  if (missing.length > 0) errors.push(`object has missing required properties (${json(missing)})`);
  if (schema['additionalProperties'] === false) {
    const extra = names.filter((name) => !isDeclared(schema, name)).sort();
    if (extra.length > 0) {
      errors.push(
        `object instance has properties which are not allowed by the schema: ${json(extra)}`,
      );
    }
  }
  const max = schema['maxProperties'];
  const min = schema['minProperties'];
  if (typeof max === 'number' && names.length > max) {
    errors.push(
      `object has too many properties (found ${names.length} but schema requires at most ${max})`,
    );
  }
  if (typeof min === 'number' && names.length < min) {
    errors.push(
      `object has too few properties (found ${names.length} but schema requires at least ${min})`,
    );
  }
  return errors;
}

export function isDeclared(schema: JsonSchema, name: string): boolean {
  const properties = isObject(schema['properties']) ? schema['properties'] : {};
  const patterns = isObject(schema['patternProperties']) ? schema['patternProperties'] : {};
  return name in properties || Object.keys(patterns).some((p) => new RegExp(p, 'u').test(name));
}
