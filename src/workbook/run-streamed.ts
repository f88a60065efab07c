import { buildCalculationSheet } from './change-table';
import type { OutputSheet, WorkbookGrids } from './grid';
import { planReviewSheets, reviewSheetNames } from './review-sheet';
import type { WritableSheet } from './sheet-plan';
import { agreementTableOf, computeRun, runSummary, type RunOptions, type RunSummary } from './run';
import { SHEET } from './sheet-names';
import { buildSignedChangeTable } from './signed-change-table';

type CalculationSheet = ReturnType<typeof buildCalculationSheet>;

/** A run whose output sheets are made one at a time, for a writer that lets each go once written. */
export interface StreamedRun {
  readonly outcome: RunSummary;
  /** The output sheets' names, in order, known before any sheet is made. */
  readonly sheetNames: readonly string[];
  /** The output sheets in the order runWorkbook gives them, each made only when asked for (the review's rows only when written). */
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
      // The signed table points into the calculation: the calculation's rows are made first.
      let calculation: CalculationSheet | null = buildCalculationSheet(result, meta);
      yield buildSignedChangeTable(result, meta, calculation);
      // Nothing here holds a sheet once it is handed on.
      let sheet: OutputSheet | null = calculation.sheet;
      calculation = null;
      yield sheet;
      sheet = null;
      yield* planReviewSheets(result, reviewMeta);
      yield agreementTableOf(input, options.createdOn);
    },
  };
}
