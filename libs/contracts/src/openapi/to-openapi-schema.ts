import type { TSchema } from 'typebox';
import type { JsonSchemaObject } from './openapi-document';

/**
 * Converts a TypeBox (JSON Schema 2020-12) schema into an OpenAPI 3.0 Schema Object, which is a
 * dialect of draft 4/5: `const` becomes a one-value `enum`, numeric `exclusiveMinimum` becomes
 * `minimum` + `exclusiveMinimum: true`, `examples` becomes `example`, a single
 * `patternProperties` entry becomes `additionalProperties` (the key pattern stays in the
 * description and in the runtime validator), and `$id`/`$schema` are dropped. Anything that has
 * no 3.0 equivalent throws, so a new schema cannot silently publish a wrong contract.
 */
export function toOpenApiSchema(schema: TSchema): JsonSchemaObject {
  return convert(schema as unknown as JsonSchemaObject, '#');
}

const DROPPED = new Set(['$id', '$schema']);
/** Keywords an OpenAPI 3.0 Schema Object shares with JSON Schema and copies as they are. */
const OPENAPI_30_KEYWORDS = new Set([
  'title',
  'description',
  'format',
  'default',
  'enum',
  'required',
  'multipleOf',
  'maximum',
  'minimum',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'uniqueItems',
  'maxProperties',
  'minProperties',
  'readOnly',
  'writeOnly',
  'deprecated',
  'example',
]);
const SCHEMA_LISTS = new Set(['anyOf', 'oneOf', 'allOf']);

function convert(schema: JsonSchemaObject, at: string): JsonSchemaObject {
  const nullable = withoutNullMember(schema);
  if (nullable) return { ...convert(nullable, at), nullable: true };
  const out: JsonSchemaObject = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (DROPPED.has(keyword) || keyword === 'patternProperties') continue;
    if (keyword === 'const') {
      out['enum'] = [value];
      if (schema['type'] === undefined) out['type'] = jsonTypeOf(value, at);
    } else if (keyword === 'examples') {
      if (Array.isArray(value) && value.length > 0) out['example'] = value[0];
    } else if (keyword === 'exclusiveMinimum' || keyword === 'exclusiveMaximum') {
      const bound = keyword === 'exclusiveMinimum' ? 'minimum' : 'maximum';
      if (typeof value !== 'number') throw unsupported(at, `boolean ${keyword}`);
      out[bound] = value;
      out[keyword] = true;
    } else if (keyword === 'type') {
      out['type'] = singleType(value, at, out);
    } else if (keyword === 'properties') {
      out['properties'] = mapSchemas(value as Record<string, JsonSchemaObject>, `${at}/properties`);
    } else if (keyword === 'items') {
      if (Array.isArray(value)) throw unsupported(at, 'tuple items');
      out['items'] = convert(value as JsonSchemaObject, `${at}/items`);
    } else if (keyword === 'additionalProperties' || keyword === 'not') {
      out[keyword] =
        typeof value === 'boolean' ? value : convert(value as JsonSchemaObject, `${at}/${keyword}`);
    } else if (SCHEMA_LISTS.has(keyword)) {
      out[keyword] = (value as JsonSchemaObject[]).map((s, i) =>
        convert(s, `${at}/${keyword}/${i}`),
      );
    } else if (OPENAPI_30_KEYWORDS.has(keyword) && isPlainJson(value)) {
      out[keyword] = structuredClone(value);
    } else {
      throw unsupported(at, `keyword ${keyword}`);
    }
  }
  mergePatternProperties(schema, out, at);
  return collapseLiteralUnion(out);
}

function mapSchemas(
  schemas: Record<string, JsonSchemaObject>,
  at: string,
): Record<string, JsonSchemaObject> {
  return Object.fromEntries(
    Object.entries(schemas).map(([name, s]) => [name, convert(s, `${at}/${name}`)]),
  );
}

function mergePatternProperties(source: JsonSchemaObject, out: JsonSchemaObject, at: string): void {
  const patterns = source['patternProperties'] as Record<string, JsonSchemaObject> | undefined;
  if (!patterns) return;
  const values = Object.values(patterns);
  if (values.length !== 1 || (source['additionalProperties'] ?? false) !== false) {
    throw unsupported(at, 'patternProperties other than one pattern with no other properties');
  }
  out['additionalProperties'] = convert(values[0] as JsonSchemaObject, `${at}/patternProperties`);
}

/** `anyOf: [X, {type:'null'}]` (TypeBox's nullable) is X with `nullable: true` in 3.0. */
function withoutNullMember(schema: JsonSchemaObject): JsonSchemaObject | undefined {
  const members = schema['anyOf'] as JsonSchemaObject[] | undefined;
  const isNull = (m: JsonSchemaObject) => m['type'] === 'null' && Object.keys(m).length === 1;
  if (!members || members.length !== 2 || !members.some(isNull)) return undefined;
  return { ...(members.find((m) => !isNull(m)) as JsonSchemaObject), ...withoutAnyOf(schema) };
}

/** `anyOf: [{const:a},{const:b}]` (a TypeBox union of literals) is an `enum` in OpenAPI 3.0. */
function collapseLiteralUnion(schema: JsonSchemaObject): JsonSchemaObject {
  const members = schema['anyOf'] as JsonSchemaObject[] | undefined;
  if (!members?.every(isSingleValueEnum)) return schema;
  const types = new Set(members.map((m) => m['type']));
  if (types.size !== 1) return schema;
  const values = members.map((m) => (m['enum'] as unknown[])[0]);
  return { type: [...types][0], enum: values, ...withoutAnyOf(schema) };
}

function withoutAnyOf(schema: JsonSchemaObject): JsonSchemaObject {
  return Object.fromEntries(Object.entries(schema).filter(([keyword]) => keyword !== 'anyOf'));
}

function isSingleValueEnum(schema: JsonSchemaObject): boolean {
  return Array.isArray(schema['enum']) && schema['enum'].length === 1;
}

/** OpenAPI 3.0 has one `type` per schema; `[T, 'null']` is expressed as `nullable: true`. */
function singleType(value: unknown, at: string, out: JsonSchemaObject): string {
  if (typeof value === 'string' && value !== 'null') return value;
  if (Array.isArray(value)) {
    const nonNull = value.filter((t) => t !== 'null');
    if (nonNull.length === 1 && value.length === 2) {
      out['nullable'] = true;
      return nonNull[0] as string;
    }
  }
  throw unsupported(at, `type ${JSON.stringify(value)}`);
}

function jsonTypeOf(value: unknown, at: string): string {
  if (typeof value === 'string' || typeof value === 'boolean') return typeof value;
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  throw unsupported(at, `const ${JSON.stringify(value)}`);
}

function isPlainJson(value: unknown): boolean {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (Array.isArray(value)) return value.every(isPlainJson);
  if (typeof value === 'object') return Object.values(value).every(isPlainJson);
  return false;
}

function unsupported(at: string, what: string): Error {
  return new Error(`OpenAPI 3.0 has no equivalent for ${what} at ${at}`);
}
