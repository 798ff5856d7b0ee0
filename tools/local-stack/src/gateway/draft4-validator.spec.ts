import { validateDraft4, type JsonSchema } from './draft4-validator';

const document = {
  components: {
    schemas: {
      Customer: {
        type: 'object',
        required: ['email'],
        additionalProperties: false,
        properties: { email: { type: 'string', format: 'email' } },
      },
      Event: {
        type: 'object',
        required: ['id', 'amount', 'customer'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', pattern: '^[a-z]+$', minLength: 2, maxLength: 5 },
          amount: { type: 'integer', minimum: 0, maximum: 10 },
          currency: { type: 'string', enum: ['USD', 'EUR'] },
          customer: { $ref: '#/components/schemas/Customer' },
          at: { type: 'string', format: 'date-time' },
          metadata: {
            type: 'object',
            maxProperties: 1,
            additionalProperties: false,
            patternProperties: { '^[a-z]+$': { type: 'string' } },
          },
        },
      },
    },
  },
};
const event: JsonSchema = { $ref: '#/components/schemas/Event' };
const valid = { id: 'abc', amount: 3, customer: { email: 'a@example.com' } };

describe('validateDraft4', () => {
  it('accepts a valid instance', () => {
    const messages = validateDraft4(event, valid, document);

    expect(messages).toEqual([]);
  });

  it('names every missing required property, sorted, like API Gateway', () => {
    const messages = validateDraft4(event, { customer: { email: 'a@example.com' } }, document);

    expect(messages).toEqual(['object has missing required properties (["amount","id"])']);
  });

  it('names properties the model does not allow', () => {
    const messages = validateDraft4(event, { ...valid, zeta: 1, alpha: 2 }, document);

    expect(messages).toEqual([
      'object instance has properties which are not allowed by the schema: ["alpha","zeta"]',
    ]);
  });

  it('reports type, enum, range, length and pattern problems of members', () => {
    const messages = validateDraft4(
      event,
      { ...valid, id: 'A', amount: 11, currency: 'usd' },
      document,
    );

    expect(messages).toEqual([
      'string "A" is too short (length: 1, required minimum: 2)',
      'ECMA 262 regex "^[a-z]+$" does not match input string "A"',
      'numeric instance is greater than the required maximum (maximum: 10, found: 11)',
      'instance value ("usd") not found in enum (possible values: ["USD","EUR"])',
    ]);
  });

  it('tells an integer from a number', () => {
    const messages = validateDraft4(event, { ...valid, amount: 1.5 }, document);

    expect(messages).toEqual([
      'instance type (number) does not match any allowed primitive type (allowed: ["integer"])',
    ]);
  });

  it('follows $ref and checks formats', () => {
    const messages = validateDraft4(
      event,
      { ...valid, at: 'yesterday', customer: { email: 'nope' } },
      document,
    );

    expect(messages).toEqual([
      'string "nope" is not a valid email address',
      expect.stringContaining('string "yesterday" is invalid against requested date format(s)'),
    ]);
  });

  it('applies patternProperties and maxProperties', () => {
    const messages = validateDraft4(event, { ...valid, metadata: { a: 'x', B: 'y' } }, document);

    expect(messages).toEqual([
      'object instance has properties which are not allowed by the schema: ["B"]',
      'object has too many properties (found 2 but schema requires at most 1)',
    ]);
  });

  it('does not descend into a node that already fails (no deep check)', () => {
    const messages = validateDraft4(event, { id: 'A', customer: {} }, document);

    expect(messages).toEqual(['object has missing required properties (["amount"])']);
  });

  it('rejects a body that is not an object', () => {
    const messages = validateDraft4(event, [1], document);

    expect(messages).toEqual([
      'instance type (array) does not match any allowed primitive type (allowed: ["object"])',
    ]);
  });
});
