import { addDays, addMonthsClamped, monthOf } from '../../src/domain/dates';
import { agreementLine } from './agreement-values';
import { CYCLES, FIRST_MONTH, priceAt } from './sizes';

/** The calc sheet's new unit price for agreement row `row` (0-based), in JS numbers, to check LibreOffice. */
export function expectedRowPrice(row: number, indices: number): number {
  const line = agreementLine(row, indices).values;
  const index = (row * 7) % indices;
  const monthNumber = (date: string): number => {
    const [y, m] = monthOf(date).split('-').map(Number);
    const [y0, m0] = FIRST_MONTH.split('-').map(Number);
    return ((y ?? 0) - (y0 ?? 0)) * 12 + ((m ?? 0) - (m0 ?? 0));
  };
  let base = priceAt(index, monthNumber('2024-01-01'));
  let sum = Number(line['납품단가']);
  for (let k = 0; k < CYCLES; k += 1) {
    const p = priceAt(index, monthNumber(addDays(addMonthsClamped('2024-02-01', k), -1)));
    if (Math.abs(p - base) >= 0.05 * base) {
      sum += Number(line['단위당투입량']) * (p - base) * 0.8;
      base = p;
    }
  }
  return Math.round(sum);
}
