import type { CurrencyCode } from '@payments/contracts';
import { formatAmount } from './format-amount';

describe('formatAmount', () => {
  it.each<[number, CurrencyCode, string]>([
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

  it.each<[number, CurrencyCode, RegExp]>([
    // ISO 4217 exponents where Intl (CLDR) shows fewer digits: the amount must not be scaled up.
    [12345, 'HUF', /^HUF\s123\.45$/],
    [1234, 'IQD', /^IQD\s1\.234$/],
    [123456, 'IDR', /^IDR\s1,234\.56$/],
    [500, 'JPY', /^¥500$/],
    [1999, 'USD', /^\$19\.99$/],
    [1234, 'KWD', /^KWD\s1\.234$/],
  ])('scales %i %s by its ISO 4217 minor unit', (minor, currency, expected) => {
    // Act
    const formatted = formatAmount(minor, currency);

    // Assess
    expect(formatted).toMatch(expected);
  });

  it('rejects amounts that are not whole minor units', () => {
    expect(() => formatAmount(19.99, 'USD')).toThrow(RangeError);
    expect(() => formatAmount(-1, 'USD')).toThrow(RangeError);
  });
});
