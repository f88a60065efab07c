import Decimal from 'decimal.js';
import type { D } from './decimal';
import type { RoundingMode } from './types';

const DECIMAL_MODE: Record<RoundingMode, Decimal.Rounding> = {
  halfUp: Decimal.ROUND_HALF_UP, // 반올림: 1,244.5 → 1,245
  down: Decimal.ROUND_DOWN, // 절사: toward zero
  up: Decimal.ROUND_UP, // 올림: away from zero
};

/** Rounds a unit price to the item's decimals with the agreed rounding (DOMAIN §3.4). */
export function roundUnitPrice(exact: D, decimals: number, mode: RoundingMode): D {
  // A price that already has no more decimals is its own rounding, in every mode.
  return exact.decimalPlaces() <= decimals ? exact : exact.toDecimalPlaces(decimals, DECIMAL_MODE[mode]);
}
