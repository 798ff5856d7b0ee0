import type { JsonSchemaObject } from './openapi-document';

/**
 * The JSON Schema draft-4 keywords an API Gateway model may use. Everything else is either
 * unsupported by API Gateway (`const`, `anyOf`, `oneOf`, numeric `exclusiveMinimum`, `$id`,
 * `examples`, `nullable`, `example`, `readOnly`...) or deliberately left to the Lambda.
 */
export const API_GATEWAY_MODEL_KEYWORDS: ReadonlySet<string> = new Set([
  '$ref',
  'title',
  'description',
  'type',
  'enum',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'minimum',
  'maximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
]);

/** Annotations without validation meaning: dropped from models rather than rejected. */
const ANNOTATIONS = new Set(['example', 'default', 'readOnly', 'writeOnly', 'deprecated']);

/**
 * `format` is dropped on purpose: API Gateway's draft-4 validator and TypeBox disagree at the
 * edges of `email` and `date-time` (fraction digits, IDN addresses), and the gateway is only a
 * coarse first filter that must never reject what the contract accepts. The Lambda checks
 * formats with the full TypeBox schema.
 */
const LEFT_TO_THE_LAMBDA = new Set(['format']);

/**
 * Reduces an OpenAPI 3.0 schema (from `toOpenApiSchema`) to the draft-4 subset API Gateway
 * models accept. An exclusive integer bound becomes the next inclusive one; anything without a
 * faithful draft-4 form throws instead of being silently loosened.
 */
export function toApiGatewayModel(schema: JsonSchemaObject, at = '#'): JsonSchemaObject {
  const out: JsonSchemaObject = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword) || LEFT_TO_THE_LAMBDA.has(keyword)) continue;
    if (keyword === 'exclusiveMinimum' || keyword === 'exclusiveMaximum') continue;
    if (!API_GATEWAY_MODEL_KEYWORDS.has(keyword)) {
      throw new Error(`API Gateway models cannot express ${keyword} (at ${at})`);
    }
    if (keyword === 'properties') {
      out[keyword] = Object.fromEntries(
        Object.entries(value as Record<string, JsonSchemaObject>).map(([name, s]) => [
          name,
          toApiGatewayModel(s, `${at}/properties/${name}`),
        ]),
      );
    } else if (keyword === 'items' || (keyword === 'additionalProperties' && value !== false)) {
      out[keyword] =
        typeof value === 'boolean'
          ? value
          : toApiGatewayModel(value as JsonSchemaObject, `${at}/${keyword}`);
    } else {
      out[keyword] = structuredClone(value);
    }
  }
  applyExclusiveBound(schema, out, 'exclusiveMinimum', 'minimum', 1, at);
  applyExclusiveBound(schema, out, 'exclusiveMaximum', 'maximum', -1, at);
  return out;
}

function applyExclusiveBound(
  schema: JsonSchemaObject,
  out: JsonSchemaObject,
  exclusive: string,
  bound: string,
  step: 1 | -1,
  at: string,
): void {
  if (schema[exclusive] !== true) return;
  if (schema['type'] !== 'integer' || typeof schema[bound] !== 'number') {
    throw new Error(`API Gateway models cannot express ${exclusive} on a non-integer (at ${at})`);
  }
  out[bound] = (schema[bound] as number) + step;
}
