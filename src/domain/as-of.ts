import { addDays, type IsoDate } from './dates';
import type { PriceBook } from './price-book';
import type { AgreementRow } from './types';

/**
 * The default as-of date (DOMAIN §3.1): the last adjustment date for which every needed price
 * exists, i.e. the day after the earliest coverage end among the indices the agreements use.
 * An adjustment on that day compares against the day before it, which every series covers.
 */
export function defaultAsOf(rows: readonly AgreementRow[], book: PriceBook): IsoDate | null {
  let earliest: IsoDate | null = null;
  for (const index of new Set(rows.map((row) => row.index))) {
    const coverage = book.coverageEnd(index);
    if (coverage !== null && (earliest === null || coverage < earliest)) {
      earliest = coverage;
    }
  }
  return earliest === null ? null : addDays(earliest, 1);
}
