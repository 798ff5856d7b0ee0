import { CURRENCY_MINOR_UNITS, ISO_4217_CURRENCIES, minorUnitExponent } from './currency';

describe('CURRENCY_MINOR_UNITS', () => {
  it('has an ISO 4217 exponent for every accepted currency code and for nothing else', () => {
    // Act
    const keys = Object.keys(CURRENCY_MINOR_UNITS).sort();

    // Assess
    expect(keys).toEqual([...ISO_4217_CURRENCIES].sort());
    for (const exponent of Object.values(CURRENCY_MINOR_UNITS)) {
      expect([0, 2, 3, 4]).toContain(exponent);
    }
  });

  it.each([
    // Where CLDR's display digits differ from ISO 4217 (the exponent of the amount's minor unit).
    ['HUF', 2],
    ['IDR', 2],
    ['COP', 2],
    ['IQD', 3],
    ['LAK', 2],
    ['LBP', 2],
    ['MMK', 2],
    ['SOS', 2],
    ['SYP', 2],
    ['YER', 2],
    ['ALL', 2],
    ['AFN', 2],
    ['IRR', 2],
    ['KPW', 2],
    ['MGA', 2],
    ['MRU', 2],
    // The other zero- and three-decimal currencies, and the common case.
    ['JPY', 0],
    ['KRW', 0],
    ['CLP', 0],
    ['ISK', 0],
    ['XOF', 0],
    ['KWD', 3],
    ['BHD', 3],
    ['TND', 3],
    ['USD', 2],
    ['EUR', 2],
  ] as const)('gives %s a minor-unit exponent of %i', (code, exponent) => {
    expect(minorUnitExponent(code)).toBe(exponent);
  });

  it('lists exactly the ISO 4217 zero- and three-decimal currencies among the accepted codes', () => {
    // Act
    const byExponent = (n: number) =>
      ISO_4217_CURRENCIES.filter((code) => CURRENCY_MINOR_UNITS[code] === n);

    // Assess
    expect(byExponent(0)).toEqual([
      'BIF',
      'CLP',
      'DJF',
      'GNF',
      'ISK',
      'JPY',
      'KMF',
      'KRW',
      'PYG',
      'RWF',
      'UGX',
      'VND',
      'VUV',
      'XAF',
      'XOF',
      'XPF',
    ]);
    expect(byExponent(3)).toEqual(['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND']);
  });
});
