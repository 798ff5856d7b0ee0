const LOCALE = 'en-US';

/**
 * Formats an integer amount in the currency's minor unit for a human, e.g. 1999 USD -> "$19.99",
 * 500 JPY -> "¥500", 1234 KWD -> "KWD 1.234". The minor-unit exponent is the currency's
 * fraction digits as Intl (CLDR) knows them; the decimal is built as a string so no binary
 * floating point touches the amount.
 */
export function formatAmount(minorUnits: number, currency: string): string {
  const formatter = new Intl.NumberFormat(LOCALE, { style: 'currency', currency });
  const exponent = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  return formatter.format(toDecimalString(minorUnits, exponent));
}

function toDecimalString(minorUnits: number, exponent: number): `${number}` {
  if (!Number.isSafeInteger(minorUnits) || minorUnits < 0) {
    throw new RangeError(`amount must be a non-negative integer of minor units: ${minorUnits}`);
  }
  if (exponent === 0) return `${minorUnits}`;
  const digits = String(minorUnits).padStart(exponent + 1, '0');
  return `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}` as `${number}`;
}
