import type { TSchema } from 'typebox';

/**
 * Reads a keyword (such as `description` or `maximum`) from a TypeBox schema, whose static types
 * do not expose options, so that documentation quotes the schema instead of copying it.
 */
export function schemaKeyword<T extends string | number>(schema: TSchema, keyword: string): T {
  const value = (schema as unknown as Record<string, unknown>)[keyword];
  if (value === undefined) throw new Error(`schema has no ${keyword}`);
  return value as T;
}
