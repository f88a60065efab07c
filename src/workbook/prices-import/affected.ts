import { compute } from '../../domain/engine';
import type { IsoDate } from '../../domain/dates';
import type { WorkbookGrids } from '../grid';
import { toJsonReport, type JsonAdjustment } from '../json-report';
import { readWorkbook } from '../read-workbook';

/** A computed adjustment whose numbers differ once the import is written. */
export interface AffectedAdjustment {
  readonly agreementId: string;
  readonly item: string;
  readonly adjustmentDate: IsoDate;
  /** Null: the adjustment did not exist before (or does not after). */
  readonly before: JsonAdjustment | null;
  readonly after: JsonAdjustment | null;
}

/**
 * Computes the workbook as it is and as it would be, both up to the as-of date the current
 * workbook reaches (so adjustments that only the new months make possible are not listed as
 * changes), and lists every adjustment that appears, disappears or differs in any number:
 * unit prices, base and comparison prices, deltas, delivered amounts.
 */
export function affectedAdjustments(before: WorkbookGrids, after: WorkbookGrids): AffectedAdjustment[] {
  const old = computeAdjustments(before, null);
  const next = computeAdjustments(after, old.asOf);
  const keys = new Set([...old.byKey.keys(), ...next.byKey.keys()]);
  const affected: AffectedAdjustment[] = [];
  for (const key of keys) {
    const was = old.byKey.get(key) ?? null;
    const will = next.byKey.get(key) ?? null;
    if (was && will && JSON.stringify(was) === JSON.stringify(will)) continue;
    const any = was ?? will;
    if (!any) continue;
    affected.push({
      agreementId: any.agreementId,
      item: any.item,
      adjustmentDate: any.adjustmentDate,
      before: was,
      after: will,
    });
  }
  return affected.sort((a, b) => compareKeys(a, b));
}

function computeAdjustments(grids: WorkbookGrids, asOf: IsoDate | null) {
  const read = readWorkbook(grids);
  const result = compute({ ...read.input, asOf });
  const report = toJsonReport(result, [], '');
  const byKey = new Map<string, JsonAdjustment>();
  for (const adjustment of report.adjustments) byKey.set(keyOf(adjustment), adjustment);
  return { asOf: result.asOf, byKey };
}

function keyOf(adjustment: { agreementId: string; item: string; adjustmentDate: string }): string {
  return [adjustment.agreementId, adjustment.item, adjustment.adjustmentDate].join('\u0000');
}

function compareKeys(a: AffectedAdjustment, b: AffectedAdjustment): number {
  return keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0;
}
