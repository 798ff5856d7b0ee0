import { isObject, type JsonSchema } from './draft4-json';
import {
  checkArraySize,
  checkEnum,
  checkNumber,
  checkObject,
  checkString,
  checkType,
} from './draft4-keywords';

export type { JsonSchema } from './draft4-json';

/**
 * Validates a value against an API Gateway model (JSON Schema draft 4) and reports problems in
 * the wording of the validator behind API Gateway (java json-schema-validator), which is what
 * ends up in `$context.error.validationErrorString`. Like that validator, a node that already
 * fails its own keywords is not descended into (no deep check), and `$ref` resolves against the
 * document the model came from (`#/components/schemas/...`).
 */
export function validateDraft4(schema: JsonSchema, value: unknown, root: unknown): string[] {
  const messages: string[] = [];
  visit(resolve(schema, root), value, root, messages);
  return messages;
}

function visit(schema: JsonSchema, value: unknown, root: unknown, out: string[]): void {
  const own = [
    ...checkType(schema, value),
    ...checkEnum(schema, value),
    ...(typeof value === 'string' ? checkString(schema, value) : []),
    ...(typeof value === 'number' ? checkNumber(schema, value) : []),
    ...(Array.isArray(value) ? checkArraySize(schema, value) : []),
    ...(isObject(value) ? checkObject(schema, value) : []),
    ...checkCombinators(schema, value, root),
  ];
  out.push(...own);
  if (own.length > 0) return;
  if (isObject(value)) visitMembers(schema, value, root, out);
  if (Array.isArray(value)) visitItems(schema, value, root, out);
}

function checkCombinators(schema: JsonSchema, value: unknown, root: unknown): string[] {
  const matches = (list: unknown) =>
    Array.isArray(list)
      ? list.map((s) => validateDraft4(s as JsonSchema, value, root).length === 0)
      : undefined;
  const errors: string[] = [];
  const all = matches(schema['allOf']);
  if (all && all.includes(false)) {
    errors.push(
      `instance failed to match all required schemas (matched only ${count(all)} out of ${all.length})`,
    );
  }
  const any = matches(schema['anyOf']);
  if (any && !any.includes(true)) {
    errors.push(`instance failed to match at least one required schema among ${any.length}`);
  }
  const one = matches(schema['oneOf']);
  if (one && count(one) !== 1) {
    errors.push(
      `instance failed to match exactly one schema (matched ${count(one)} out of ${one.length})`,
    );
  }
  if (isObject(schema['not']) && validateDraft4(schema['not'], value, root).length === 0) {
    errors.push('instance matched a schema which it should not have');
  }
  return errors;
}

function visitMembers(
  schema: JsonSchema,
  value: Record<string, unknown>,
  root: unknown,
  out: string[],
) {
  const properties = isObject(schema['properties']) ? schema['properties'] : {};
  const patterns = isObject(schema['patternProperties']) ? schema['patternProperties'] : {};
  const additional = schema['additionalProperties'];
  for (const [name, member] of Object.entries(value)) {
    const applicable: JsonSchema[] = [];
    if (isObject(properties[name])) applicable.push(properties[name]);
    for (const [pattern, sub] of Object.entries(patterns)) {
      if (new RegExp(pattern, 'u').test(name) && isObject(sub)) applicable.push(sub);
    }
    if (applicable.length === 0 && isObject(additional)) applicable.push(additional);
    for (const sub of applicable) visit(resolve(sub, root), member, root, out);
  }
}

function visitItems(schema: JsonSchema, value: unknown[], root: unknown, out: string[]) {
  const items = schema['items'];
  value.forEach((item, index) => {
    const sub = Array.isArray(items) ? items[index] : items;
    if (isObject(sub)) visit(resolve(sub, root), item, root, out);
    else if (Array.isArray(items) && isObject(schema['additionalItems'])) {
      visit(resolve(schema['additionalItems'], root), item, root, out);
    }
  });
}

/** Follows local `$ref`s (`#/components/schemas/Name`) through the document. */
function resolve(schema: JsonSchema, root: unknown, depth = 0): JsonSchema {
  const ref = schema['$ref'];
  if (typeof ref !== 'string') return schema;
  if (!ref.startsWith('#/') || depth > 32) throw new Error(`unsupported $ref: ${ref}`);
  let node: unknown = root;
  for (const segment of ref.slice(2).split('/')) {
    const key = decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
    node = isObject(node) ? node[key] : undefined;
  }
  if (!isObject(node)) throw new Error(`unresolvable $ref: ${ref}`);
  return resolve(node, root, depth + 1);
}

function count(flags: boolean[]): number {
  return flags.filter(Boolean).length;
}
