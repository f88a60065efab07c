import type { IsoDate } from './dates';
import type { PriceBook } from './price-book';
import type { AgreementRow } from './types';

/**
 * The default as-of date (DOMAIN §3.1): the last date for which every needed price exists,
 * i.e. the earliest "latest observation" among the indices the agreements use and the FX
 * rates those indices need. No adjustment is then made on a price that is not yet published.
 */
export function defaultAsOf(rows: readonly AgreementRow[], book: PriceBook): IsoDate | null {
  let earliest: IsoDate | null = null;
  for (const index of new Set(rows.map((row) => row.index))) {
    const latest = book.lastObservation(index);
    if (latest !== null && (earliest === null || latest < earliest)) {
      earliest = latest;
    }
  }
  return earliest;
}
