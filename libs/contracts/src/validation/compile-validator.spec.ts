import { Type } from 'typebox';
import { compileValidator } from './compile-validator';

describe('compileValidator', () => {
  it('lists a short enum in full', () => {
    const validator = compileValidator(Type.Object({ s: Type.Enum(['a', 'b']) }));

    const result = validator.validate({ s: 'c' });

    expect(result).toEqual({
      ok: false,
      errors: [{ path: '/s', message: 'must be one of: a, b' }],
    });
  });

  it('summarises a long enum so the message fits the ErrorResponse contract', () => {
    const values = Array.from({ length: 160 }, (_, i) => `V${String(i).padStart(3, '0')}`);
    const validator = compileValidator(Type.Object({ s: Type.Enum(values) }));

    const result = validator.validate({ s: 'nope' });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.message).toBe(
      'must be one of the 160 values the schema lists (V000, V001, V002, ...)',
    );
  });

  it('truncates an absurdly long field name in the path to the contract limit', () => {
    const validator = compileValidator(Type.Object({}, { additionalProperties: false }));

    const result = validator.validate({ ['k'.repeat(10_000)]: 1 });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.path).toHaveLength(300);
    expect(result.errors[0]?.message).toBe('is not an allowed field');
  });

  it('escapes / and ~ in field names as JSON Pointer requires', () => {
    const validator = compileValidator(Type.Object({}, { additionalProperties: false }));

    const result = validator.validate({ 'a/b~c': 1 });

    expect(result).toEqual({
      ok: false,
      errors: [{ path: '/a~1b~0c', message: 'is not an allowed field' }],
    });
  });
});
