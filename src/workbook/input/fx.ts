import type { Issue } from '../../domain/issues';
import type { FxObservation } from '../../domain/types';
import type { SheetGrid } from '../grid/grid';
import { checkRepeatedDates } from './observations';
import { completeValues, readTable, type SheetTable } from './table';
import { FX_SCHEMA } from './schema';

type FxFields = typeof FX_SCHEMA.fields;

export interface FxRead {
  readonly table: SheetTable<FxFields>;
  readonly fxRates: readonly FxObservation[];
  readonly issues: readonly Issue[];
}

/** Sheet 환율 (optional) → KRW per unit of a currency; one rate per currency and date. */
export function readFx(grid: SheetGrid | undefined): FxRead {
  const table = readTable(grid, FX_SCHEMA);
  const candidates: FxObservation[] = [];
  for (const row of table.rows) {
    const values = completeValues(row);
    if (!values) continue;
    candidates.push({ origin: row.origin, currency: values.currency, point: values.date, rate: values.rate });
  }
  const repeats = checkRepeatedDates(
    candidates.map((fx) => ({ origin: fx.origin, series: fx.currency, date: fx.point.date, value: fx.rate })),
    'rate',
  );
  return {
    table,
    fxRates: candidates.filter((fx) => !repeats.dropped.has(fx.origin.row)),
    issues: [...table.issues, ...repeats.issues],
  };
}
