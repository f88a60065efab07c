import { compute } from '../../domain/engine';
import type { IsoDate } from '../../domain/dates';
import type { WorkbookGrids } from '../grid/grid';
import { toJsonReport, type JsonAdjustment, type JsonEvaluation } from '../output/json-report';
import { readWorkbook } from '../input/read-workbook';

/** A computed adjustment whose numbers differ once the import is written. */
export interface AffectedAdjustment {
  readonly agreementId: string;
  readonly item: string;
  readonly adjustmentDate: IsoDate;
  /** Null: the adjustment did not exist before (or does not after). */
  readonly before: JsonAdjustment | null;
  readonly after: JsonAdjustment | null;
}

/** What a change to the workbook does to the computation. */
export interface RunComparison {
  readonly adjustments: readonly AffectedAdjustment[];
  /** Evaluations (triggered or not: 연동 검토내역 rows) whose numbers differ, appear or disappear. */
  readonly evaluations: number;
}

/**
 * Computes the workbook as it is and as it would be, both up to the as-of date the current
 * workbook reaches (so adjustments that only the new months make possible are not listed as
 * changes), and lists every adjustment that appears, disappears or differs in any number:
 * unit prices, base and comparison prices, deltas, delivered amounts.
 */
export function compareRuns(before: WorkbookGrids, after: WorkbookGrids): RunComparison {
  const old = computeReport(before, null);
  const next = computeReport(after, old.asOf);
  const affected: AffectedAdjustment[] = [];
  for (const [was, will] of pairs(old.adjustments, next.adjustments, keyOf)) {
    const any = was ?? will;
    if (any)
      affected.push({
        agreementId: any.agreementId,
        item: any.item,
        adjustmentDate: any.adjustmentDate,
        before: was,
        after: will,
      });
  }
  const evaluationKey = (evaluation: JsonEvaluation) =>
    `${keyOf(evaluation)}\u0000${evaluation.material}\u0000${evaluation.index}`;
  const evaluations = [...pairs(old.evaluations, next.evaluations, evaluationKey)].length;
  return { adjustments: affected.sort((a, b) => compareKeys(a, b)), evaluations };
}

/** The entries that differ between two lists keyed alike: [before, after], null where absent. */
function* pairs<T>(
  before: readonly T[],
  after: readonly T[],
  key: (entry: T) => string,
): Generator<[T | null, T | null]> {
  const old = new Map(before.map((entry) => [key(entry), entry]));
  const next = new Map(after.map((entry) => [key(entry), entry]));
  for (const name of new Set([...old.keys(), ...next.keys()])) {
    const was = old.get(name) ?? null;
    const will = next.get(name) ?? null;
    if (!was || !will || JSON.stringify(was) !== JSON.stringify(will)) yield [was, will];
  }
}

function computeReport(grids: WorkbookGrids, asOf: IsoDate | null) {
  const read = readWorkbook(grids);
  const result = compute({ ...read.input, asOf });
  return toJsonReport(result, [], '');
}

function keyOf(adjustment: { agreementId: string; item: string; adjustmentDate: string }): string {
  return [adjustment.agreementId, adjustment.item, adjustment.adjustmentDate].join('\u0000');
}

function compareKeys(a: AffectedAdjustment, b: AffectedAdjustment): number {
  return keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0;
}
