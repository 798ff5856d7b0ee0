import { Type } from 'typebox';
import { ISO_4217_CURRENCIES } from '../model/currencies';

export {
  CURRENCY_MINOR_UNITS,
  ISO_4217_CURRENCIES,
  minorUnitExponent,
  type CurrencyCode,
  type MinorUnitExponent,
} from '../model/currencies';

export const CurrencySchema = Type.Enum([...ISO_4217_CURRENCIES], {
  type: 'string',
  description: 'ISO 4217 alphabetic currency code, upper case (e.g. `USD`, `EUR`, `JPY`).',
});

/** Amounts are integers in the currency's minor unit (cents for USD, yen for JPY). */
export const MinorUnitAmountSchema = Type.Integer({
  minimum: 0,
  maximum: 100_000_000_000,
  description:
    'Amount as a non-negative integer in the minor unit of `currency` (e.g. 1999 = 19.99 USD; 500 = 500 JPY).',
});
