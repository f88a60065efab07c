import { planCalculationSheet, planSignedChangeTable } from './output/change-table';
import type { ComputeResult } from '../domain/types';
import type { WorkbookGrids } from './grid/grid';
import type { OutputMeta } from './output/output-meta';
import type { WritableSheet } from './grid/sheet-plan';
import { planReviewSheets, reviewSheetNames } from './output/review-sheet';
import { agreementTableOf, computeRun, runSummary, type RunOptions, type RunSummary } from './run';
import { SHEET } from './grid/sheet-names';

/** A run whose output sheets are made one at a time, for a writer that lets each go once written. */
export interface StreamedRun {
  readonly outcome: RunSummary;
  /** The output sheets' names, in order, known before any sheet is made. */
  readonly sheetNames: readonly string[];
  /** The output sheets in the order runWorkbook gives them, each made only when asked for. */
  sheets(): Generator<WritableSheet, void, void>;
}

/**
 * runWorkbook for writing a file: the same sheets, but made one after the other, so that the
 * memory a run needs is that of its longest sheet rather than of all of them together.
 */
export function runWorkbookStreamed(workbook: WorkbookGrids, options: RunOptions): StreamedRun {
  const { input, result, issues, fingerprint } = computeRun(workbook, options);
  const meta = { createdOn: options.createdOn, fingerprint };
  const reviewMeta = { ...meta, ...options.review, issues };
  return {
    outcome: runSummary(result, issues, fingerprint),
    sheetNames: [
      SHEET.changeTable,
      SHEET.calculation,
      ...reviewSheetNames(result, reviewMeta),
      SHEET.agreementTable,
    ],
    *sheets() {
      // Planned, not built: each sheet's rows are made as the writer writes them.
      yield* changeTableSheets(result, meta);
      yield* planReviewSheets(result, reviewMeta);
      yield agreementTableOf(input, options.createdOn);
    },
  };
}

/**
 * The signed table, then the calculation it points at (laid out first, for its row numbers).
 * A generator of its own, so that the calculation's plan is let go once both are written,
 * rather than held by the caller's frame through the review.
 */
function* changeTableSheets(result: ComputeResult, meta: OutputMeta): Generator<WritableSheet, void, void> {
  const calculation = planCalculationSheet(result, meta);
  yield planSignedChangeTable(result, meta, calculation);
  yield calculation.sheet;
}
