import { toApiGatewayModel } from './to-gateway-model';

describe('toApiGatewayModel', () => {
  it('keeps draft-4 validation keywords and drops annotations and formats', () => {
    const schema = {
      type: 'object',
      required: ['email'],
      additionalProperties: false,
      properties: {
        email: { type: 'string', format: 'email', maxLength: 254, example: 'a@example.com' },
      },
    };

    expect(toApiGatewayModel(schema)).toEqual({
      type: 'object',
      required: ['email'],
      additionalProperties: false,
      properties: { email: { type: 'string', maxLength: 254 } },
    });
  });

  it('turns an exclusive integer bound into the next inclusive one', () => {
    const schema = { type: 'integer', minimum: 0, exclusiveMinimum: true };

    expect(toApiGatewayModel(schema)).toEqual({ type: 'integer', minimum: 1 });
  });

  it('converts a schema-valued additionalProperties recursively', () => {
    const schema = { type: 'object', additionalProperties: { type: 'string', example: 'x' } };

    expect(toApiGatewayModel(schema)).toEqual({
      type: 'object',
      additionalProperties: { type: 'string' },
    });
  });

  it.each([
    [{ anyOf: [{ type: 'string' }] }, /anyOf/],
    [{ type: 'string', nullable: true }, /nullable/],
    [{ type: 'number', minimum: 0, exclusiveMinimum: true }, /non-integer/],
    [{ properties: { a: { oneOf: [] } } }, /oneOf \(at #\/properties\/a\)/],
  ])('refuses %j instead of loosening it silently', (schema, message) => {
    expect(() => toApiGatewayModel(schema)).toThrow(message);
  });
});
