import {
  addDays,
  addMonthsClamped,
  addMonthsToMonth,
  firstDayOfMonth,
  lastDayOfMonth,
} from '../../src/domain/dates';
import {
  BASE_MONTH,
  CYCLES,
  FIRST_ADJUSTMENT,
  FIRST_MONTH,
  INDICES,
  MATERIALS,
  MONTHS,
  priceAt,
  quantityOf,
  RATIO,
  THRESHOLD,
  unitPriceOf,
  indexOf,
} from './engine-input';

/**
 * The arithmetic floor: the same lookups (latest observation on or before a date, by binary
 * search over each index's sorted dates), trigger test |P − B| ≥ t·B, δ = q·M·ρ, sum per item
 * date, rounding and rolling base, in plain JS numbers. Input tables are built outside the timing.
 */
export interface FloatTables {
  readonly dates: string[][];
  readonly values: Float64Array[];
  readonly adjustmentDates: string[];
  readonly comparisonDates: string[];
  readonly baseDate: string;
}

export function floatTables(): FloatTables {
  const dates: string[][] = [];
  const values: Float64Array[] = [];
  for (let index = 0; index < INDICES; index += 1) {
    const series = new Float64Array(MONTHS);
    const days: string[] = [];
    for (let month = 0; month < MONTHS; month += 1) {
      days.push(firstDayOfMonth(addMonthsToMonth(FIRST_MONTH, month)));
      series[month] = priceAt(index, month);
    }
    dates.push(days);
    values.push(series);
  }
  const adjustmentDates = Array.from({ length: CYCLES }, (_, k) => addMonthsClamped(FIRST_ADJUSTMENT, k));
  return {
    dates,
    values,
    adjustmentDates,
    comparisonDates: adjustmentDates.map((date) => addDays(date, -1)),
    baseDate: lastDayOfMonth(BASE_MONTH),
  };
}

function priceOn(tables: FloatTables, index: number, date: string): number {
  const days = tables.dates[index] ?? [];
  let low = 0;
  let high = days.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((days[mid] ?? '') <= date) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return tables.values[index]?.[found] ?? NaN;
}

/** Returns a checksum (sum of final unit prices) and the number of triggered evaluations. */
export function floatCompute(items: number, tables: FloatTables): { checksum: number; triggered: number } {
  let checksum = 0;
  let triggered = 0;
  const base = new Float64Array(MATERIALS);
  for (let item = 0; item < items; item += 1) {
    for (let m = 0; m < MATERIALS; m += 1) base[m] = priceOn(tables, indexOf(item, m), tables.baseDate);
    let unitPrice = unitPriceOf(item);
    for (let k = 0; k < CYCLES; k += 1) {
      let sum = unitPrice;
      let any = false;
      for (let m = 0; m < MATERIALS; m += 1) {
        const b = base[m] ?? 0;
        const p = priceOn(tables, indexOf(item, m), tables.comparisonDates[k] ?? '');
        const move = p - b;
        if (Math.abs(move) >= THRESHOLD * b) {
          sum += quantityOf(item, m) * move * RATIO;
          base[m] = p;
          any = true;
          triggered += 1;
        }
      }
      if (any) unitPrice = Math.round(sum);
    }
    checksum += unitPrice;
  }
  return { checksum, triggered };
}
