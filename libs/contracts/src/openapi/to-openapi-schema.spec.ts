import { Type } from 'typebox';
import { toOpenApiSchema } from './to-openapi-schema';

describe('toOpenApiSchema', () => {
  it('turns a literal into a one-value enum with its type', () => {
    expect(toOpenApiSchema(Type.Literal('queued'))).toEqual({ type: 'string', enum: ['queued'] });
  });

  it('turns a union of literals into one enum', () => {
    const schema = Type.Union([Type.Literal('a'), Type.Literal('b')], { description: 'd' });

    expect(toOpenApiSchema(schema)).toEqual({ type: 'string', enum: ['a', 'b'], description: 'd' });
  });

  it('turns a numeric exclusiveMinimum into minimum plus the boolean form', () => {
    const schema = Type.Integer({ exclusiveMinimum: 0 });

    expect(toOpenApiSchema(schema)).toEqual({
      type: 'integer',
      minimum: 0,
      exclusiveMinimum: true,
    });
  });

  it('drops $id and keeps the first of examples as example', () => {
    const schema = Type.String({ $id: 'Name', examples: ['x', 'y'] });

    expect(toOpenApiSchema(schema)).toEqual({ type: 'string', example: 'x' });
  });

  it('expresses a record with one key pattern as additionalProperties', () => {
    const schema = Type.Record(
      Type.String({ pattern: '^[a-z]+$' }),
      Type.String({ maxLength: 3 }),
      {
        additionalProperties: false,
      },
    );

    expect(toOpenApiSchema(schema)).toMatchObject({
      type: 'object',
      additionalProperties: { type: 'string', maxLength: 3 },
    });
    expect(toOpenApiSchema(schema)).not.toHaveProperty('patternProperties');
  });

  it('expresses a nullable type with nullable: true', () => {
    const union = Type.Union([Type.String({ maxLength: 3 }), Type.Null()]);
    const typeList = { type: ['string', 'null'] };

    expect(toOpenApiSchema(union)).toEqual({ type: 'string', maxLength: 3, nullable: true });
    expect(toOpenApiSchema(typeList as never)).toEqual({ type: 'string', nullable: true });
  });

  it('converts nested properties and items', () => {
    const schema = Type.Object({ list: Type.Array(Type.Literal('x')) });

    expect(toOpenApiSchema(schema)).toMatchObject({
      properties: { list: { type: 'array', items: { type: 'string', enum: ['x'] } } },
    });
  });

  it.each([
    ['a tuple', Type.Tuple([Type.String(), Type.Number()])],
    ['a 2020-12 keyword', { type: 'object', unevaluatedProperties: false }],
    ['a bare null type', Type.Null()],
  ])('throws on %s rather than publishing a wrong contract', (_label, schema) => {
    expect(() => toOpenApiSchema(schema as never)).toThrow(/OpenAPI 3.0 has no equivalent/);
  });
});
