import { minorUnitExponent, type CurrencyCode } from '@payments/contracts/lambda';

const LOCALE = 'en-US';

/**
 * Formats an integer amount in the currency's minor unit for a human, e.g. 1999 USD -> "$19.99",
 * 500 JPY -> "¥500", 1234 KWD -> "KWD 1.234", 12345 HUF -> "HUF 123.45". The exponent is the
 * ISO 4217 minor unit from the contract, the scale the API's amounts are in; Intl's own digits
 * (CLDR display conventions) differ for several currencies and would misstate the amount. The
 * decimal is built as a string so no binary floating point touches the amount.
 */
export function formatAmount(minorUnits: number, currency: CurrencyCode): string {
  const exponent = minorUnitExponent(currency);
  const formatter = new Intl.NumberFormat(LOCALE, {
    style: 'currency',
    currency,
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  });
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
