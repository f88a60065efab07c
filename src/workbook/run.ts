import type { IsoDate } from '../domain/dates';
import { compute } from '../domain/engine';
import { error, hasErrors, warning, type Issue } from '../domain/issues';
import type { ComputeResult, EngineInput } from '../domain/types';
import { changeTableSteps } from './change-table';
import { fingerprintInputs } from './fingerprint';
import type { OutputSheet, WorkbookGrids } from './grid';
import { toJsonReport, type JsonReport } from './json-report';
import { findSheet, readWorkbook } from './read-workbook';
import { type ReviewMeta, reviewSheetPlans } from './review-sheet';
import { materialize, type SheetPlan } from './sheet-plan';
import { SHEET } from './sheet-names';
import { cellText } from './grid-reading';
import { findTitleCell, findTitleDate, TITLE_LABEL } from './title-block';
import { verifyChangeTable, type VerifyReport } from './verify';

export interface RunOptions {
  /** Last adjustment date to evaluate; null = the last date all needed prices cover. */
  readonly asOf: IsoDate | null;
  /** The 작성일 written on the output sheets. */
  readonly createdOn: IsoDate;
  /** Which evaluations `연동 검토내역` lists (default all), and the rows a sheet may hold. */
  readonly review?: Pick<ReviewMeta, 'listing' | 'maxRows'>;
}

/**
 * What a run produced. The sheets and the report are built when first read (and kept): a
 * writer that streams uses `sheetPlans` instead and never holds them.
 */
export interface RunOutcome {
  /** Reading issues first, then the engine's. */
  readonly issues: readonly Issue[];
  readonly result: ComputeResult;
  readonly fingerprint: string;
  /** 납품단가 변동표, then 연동 검토내역 and its continuation sheets, as plans to write. */
  readonly sheetPlans: readonly SheetPlan[];
  readonly changeTable: OutputSheet;
  readonly reviewSheet: OutputSheet;
  /** 연동 검토내역 and, past Excel's last row, 연동 검토내역 (2), (3)… */
  readonly reviewSheets: readonly OutputSheet[];
  readonly report: JsonReport;
  readonly hasErrors: boolean;
}

/** The one pipeline of the CLI and the add-in: read → compute → fingerprint → sheets → report. */
export function runWorkbook(workbook: WorkbookGrids, options: RunOptions): RunOutcome {
  const read = readWorkbook(workbook);
  const input: EngineInput = { ...read.input, asOf: options.asOf };
  const result = compute(input);
  // The as-of actually used is fingerprinted, so a table made with the derived date and its
  // re-run with that date written out (as verify does) carry the same fingerprint.
  const fingerprint = fingerprintInputs({ ...input, asOf: result.asOf ?? options.asOf });
  return assemble(result, [...read.issues, ...result.issues], fingerprint, options);
}

export interface VerifyOutcome {
  readonly outcome: RunOutcome;
  /** Null when the workbook has no `납품단가 변동표` (an error issue says so). */
  readonly verification: VerifyReport | null;
}

export const CHANGE_TABLE_MISSING = 'CHANGE_TABLE_MISSING';
export const CHANGE_TABLE_INPUTS_CHANGED = 'CHANGE_TABLE_INPUTS_CHANGED';

/**
 * Recomputes the workbook and checks its `납품단가 변동표` against the recomputation, as of the
 * date written in the table's title block unless `options.asOf` says otherwise.
 */
export function verifyWorkbook(workbook: WorkbookGrids, options: RunOptions): VerifyOutcome {
  const table = findSheet(workbook, SHEET.changeTable);
  const asOf = options.asOf ?? (table ? findTitleDate(table, TITLE_LABEL.asOf) : null);
  const outcome = runWorkbook(workbook, { ...options, asOf });
  if (!table) {
    const missing = error(
      SHEET.changeTable,
      '',
      CHANGE_TABLE_MISSING,
      `검증할 '${SHEET.changeTable}' 시트가 없습니다.`,
      `There is no '${SHEET.changeTable}' sheet to verify.`,
    );
    return { outcome: withIssues(outcome, [missing], options), verification: null };
  }
  const written = findTitleCell(table, TITLE_LABEL.fingerprint);
  const changed =
    written && cellText(written.cell) !== outcome.fingerprint
      ? [
          warning(
            table.name,
            written.address,
            CHANGE_TABLE_INPUTS_CHANGED,
            `변동표의 입력 지문이 지금의 입력과 다릅니다: 표를 만든 뒤 입력이 바뀌었습니다.`,
            'The table’s input fingerprint differs from the current inputs: they changed after the table was made.',
          ),
        ]
      : [];
  return {
    outcome: withIssues(outcome, changed, options),
    verification: verifyChangeTable(table, outcome.result),
  };
}

function assemble(
  result: ComputeResult,
  issues: readonly Issue[],
  fingerprint: string,
  options: RunOptions,
): RunOutcome {
  const meta = { createdOn: options.createdOn, fingerprint };
  const changeTable: SheetPlan = {
    name: SHEET.changeTable,
    steps: (sheet) => changeTableSteps(result, meta, sheet),
  };
  const reviewPlans = reviewSheetPlans(result, { ...meta, ...options.review, issues });
  const once = <T>(make: () => T): (() => T) => {
    let made: { value: T } | null = null;
    return () => (made ??= { value: make() }).value;
  };
  const changeTableSheet = once(() => materialize(changeTable));
  const reviewSheets = once(() => reviewPlans.map(materialize));
  const report = once(() => toJsonReport(result, issues, fingerprint));
  return {
    issues,
    result,
    fingerprint,
    sheetPlans: [changeTable, ...reviewPlans],
    get changeTable() {
      return changeTableSheet();
    },
    get reviewSheet() {
      const [first] = reviewSheets();
      if (!first) throw new Error('the review always has a first sheet');
      return first;
    },
    get reviewSheets() {
      return reviewSheets();
    },
    get report() {
      return report();
    },
    hasErrors: hasErrors(issues),
  };
}

function withIssues(outcome: RunOutcome, extra: readonly Issue[], options: RunOptions): RunOutcome {
  return extra.length === 0
    ? outcome
    : assemble(outcome.result, [...outcome.issues, ...extra], outcome.fingerprint, options);
}
