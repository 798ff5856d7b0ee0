import { formatAmount } from './format-amount';

describe('formatAmount', () => {
  it.each([
    [1999, 'USD', '$19.99'],
    [5, 'USD', '$0.05'],
    [0, 'USD', '$0.00'],
    [500, 'JPY', '¥500'],
    [123456, 'JPY', '¥123,456'],
    [100_000_000_000, 'USD', '$1,000,000,000.00'],
    [12_345_678_901, 'EUR', '€123,456,789.01'],
  ])('formats %i minor units of %s as %s', (minor, currency, expected) => {
    expect(formatAmount(minor, currency)).toBe(expected);
  });

  it('uses three decimals for a three-decimal currency (KWD)', () => {
    const formatted = formatAmount(1234, 'KWD');

    expect(formatted).toMatch(/^KWD\s1\.234$/);
  });

  it('rejects amounts that are not whole minor units', () => {
    expect(() => formatAmount(19.99, 'USD')).toThrow(RangeError);
    expect(() => formatAmount(-1, 'USD')).toThrow(RangeError);
  });
});
