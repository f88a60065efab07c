import type { IsoDate } from '../domain/dates';
import { compute } from '../domain/engine';
import { hasErrors, type Issue, ISSUE, issue } from '../domain/issues';
import type { ComputeResult, EngineInput } from '../domain/types';
import { buildAgreementTable } from './output/agreement-table';
import { buildCalculationSheet, buildSignedChangeTable } from './output/change-table';
import { fingerprintInputs } from './output/fingerprint';
import type { OutputSheet, SheetGrid, WorkbookGrids } from './grid/grid';
import { toJsonReport, type JsonReport } from './output/json-report';
import { readWorkbook } from './input/read-workbook';
import { buildReviewSheets, type ReviewListing } from './output/review-sheet';
import { SHEET } from './grid/sheet-names';
import { cellText } from './input/grid-reading';
import { findTitleCell, findTitleDate, TITLE_LABEL } from './output/title-block';
import type { VerifyReport } from './verify/table-values';
import { findTableSheets, otherSheetLookAlikes } from './verify/sheets';
import { mergeByCell, verifySignedTable, verifyWrittenTable, writtenMeta } from './verify/written';

export interface RunOptions {
  /** Last adjustment date to evaluate; null = the last date all needed prices cover. */
  readonly asOf: IsoDate | null;
  /** The 작성일 written on the output sheets. */
  readonly createdOn: IsoDate;
  /** Which evaluations 연동 검토내역 lists, and the rows one sheet may hold (default all, Excel's limit). */
  readonly review?: { readonly listing: ReviewListing; readonly maxRows?: number };
}

export interface RunOutcome {
  /** Reading issues first, then the engine's. */
  readonly issues: readonly Issue[];
  readonly result: ComputeResult;
  readonly fingerprint: string;
  /** The signed 【첨부2】 form (DOMAIN §4.1); its numbers point at `calculationSheet`. */
  readonly changeTable: OutputSheet;
  /** `연동 계산 내역` (DOMAIN §4.2). */
  readonly calculationSheet: OutputSheet;
  /** The first (usually only) sheet of `reviewSheets`. */
  readonly reviewSheet: OutputSheet;
  /** `연동 검토내역`, then `연동 검토내역 (2)`… when it runs past a sheet's last row. */
  readonly reviewSheets: readonly OutputSheet[];
  /** The 【첨부1】 연동표 of every agreement row read (DOMAIN §4.4). */
  readonly agreementTable: OutputSheet;
  readonly report: JsonReport;
  readonly hasErrors: boolean;
}

/** The one pipeline of the CLI and the add-in: read → compute → fingerprint → sheets → report. */
export function runWorkbook(workbook: WorkbookGrids, options: RunOptions): RunOutcome {
  const { input, result, issues, fingerprint } = computeRun(workbook, options);
  const agreementTable = agreementTableOf(input, options.createdOn);
  return assemble(result, issues, fingerprint, options, agreementTable);
}

/** The run without its output sheets. */
export type RunSummary = Omit<
  RunOutcome,
  'changeTable' | 'calculationSheet' | 'reviewSheet' | 'reviewSheets' | 'agreementTable'
>;

/** read → compute → fingerprint, with the engine's input and every issue (reading issues first). */
export function computeRun(
  workbook: WorkbookGrids,
  options: RunOptions,
): { input: EngineInput; result: ComputeResult; issues: Issue[]; fingerprint: string } {
  const read = readWorkbook(workbook);
  const input: EngineInput = { ...read.input, asOf: options.asOf };
  const result = compute(input);
  // The as-of actually used is fingerprinted, so a table made with the derived date and its
  // re-run with that date written out (as verify does) carry the same fingerprint.
  const fingerprint = fingerprintInputs({ ...input, asOf: result.asOf ?? options.asOf });
  return { input, result, issues: [...read.issues, ...result.issues], fingerprint };
}

/** The result, issues and fingerprint, with the JSON report made when asked for. */
export function runSummary(result: ComputeResult, issues: readonly Issue[], fingerprint: string): RunSummary {
  let report: JsonReport | undefined;
  return {
    issues,
    result,
    fingerprint,
    // Made when asked for: the CLI streams its JSON from the result instead (millions of rows).
    get report(): JsonReport {
      report ??= toJsonReport(result, issues, fingerprint);
      return report;
    },
    hasErrors: hasErrors(issues),
  };
}

/** The 연동표 from the agreement rows, with each index's unit where the price sheet gives one. */
export function agreementTableOf(
  input: Pick<EngineInput, 'agreements' | 'prices'>,
  createdOn: IsoDate,
): OutputSheet {
  const units = new Map<string, string>();
  for (const price of input.prices)
    if (price.unit !== null && !units.has(price.index)) units.set(price.index, price.unit);
  return buildAgreementTable(input.agreements, { createdOn, unitOf: (index) => units.get(index) ?? null });
}

export interface VerifyOutcome {
  readonly outcome: RunOutcome;
  /** Null when the workbook has no `납품단가 변동표` or no `연동 계산 내역` (an error issue says so). */
  readonly verification: VerifyReport | null;
}

/**
 * Recomputes the workbook and checks both sheets a signer relies on, as of the date written in
 * the signed table's title block unless `options.asOf` says otherwise: `연동 계산 내역` (its
 * values, and the sheet against the one the tool writes, verify-written.ts) and the signed
 * `납품단가 변동표` (the sheet against the one the tool writes, its formulas pointing at the
 * calculation). A second sheet that looks named like either, or a hidden one, is a difference too.
 */
export function verifyWorkbook(workbook: WorkbookGrids, options: RunOptions): VerifyOutcome {
  const signedSheets = findTableSheets(workbook, SHEET.changeTable);
  const calculationSheets = findTableSheets(workbook, SHEET.calculation);
  const signed = signedSheets.primary;
  const calculation = calculationSheets.primary;
  const titled = signed ?? calculation;
  const asOf = options.asOf ?? (titled ? findTitleDate(titled, TITLE_LABEL.asOf) : null);
  const outcome = runWorkbook(workbook, { ...options, asOf });
  const missing = [
    ...(signed ? [] : [missingSheet(SHEET.changeTable)]),
    ...(calculation ? [] : [missingSheet(SHEET.calculation)]),
  ];
  if (!signed || !calculation) {
    return { outcome: withIssues(outcome, missing, options), verification: null };
  }
  const written = findTitleCell(signed, TITLE_LABEL.fingerprint);
  const changed =
    written && cellText(written.cell) !== outcome.fingerprint
      ? [
          issue({
            severity: 'warning',
            code: ISSUE.CHANGE_TABLE_INPUTS_CHANGED,
            at: { sheet: signed.name, cell: written.address },
            text: {
              ko: `변동표의 입력 지문이 지금의 입력과 다릅니다: 표를 만든 뒤 입력이 바뀌었습니다.`,
              en: 'The table’s input fingerprint differs from the current inputs: they changed after the table was made.',
            },
          }),
        ]
      : [];
  const meta = (grid: SheetGrid) => writtenMeta(grid, outcome.fingerprint, options.createdOn);
  const checkCalculation = (grid: SheetGrid): VerifyReport =>
    verifyWrittenTable(grid, outcome.result, meta(grid));
  const checkSigned = (grid: SheetGrid): VerifyReport => verifySignedTable(grid, outcome.result, meta(grid));
  const primary = checkCalculation(calculation);
  const reports = [
    checkSigned(signed),
    ...signedSheets.grids.filter((grid) => grid !== signed).map(checkSigned),
    primary,
    ...calculationSheets.grids.filter((grid) => grid !== calculation).map(checkCalculation),
  ];
  const differences = mergeByCell([
    ...signedSheets.differences,
    ...calculationSheets.differences,
    ...otherSheetLookAlikes(workbook),
    ...reports.flatMap((report) => report.differences),
  ]);
  return {
    outcome: withIssues(outcome, changed, options),
    verification: { differences, rowsChecked: primary.rowsChecked },
  };
}

function missingSheet(name: string): Issue {
  return issue({
    severity: 'error',
    code: ISSUE.CHANGE_TABLE_MISSING,
    at: { sheet: name, cell: '' },
    text: { ko: `검증할 '${name}' 시트가 없습니다.`, en: `There is no '${name}' sheet to verify.` },
  });
}

function assemble(
  result: ComputeResult,
  issues: readonly Issue[],
  fingerprint: string,
  options: RunOptions,
  agreementTable: OutputSheet,
): RunOutcome {
  const meta = { createdOn: options.createdOn, fingerprint };
  const calculation = buildCalculationSheet(result, meta);
  const reviewSheets = buildReviewSheets(result, { ...meta, ...options.review, issues });
  const summary = runSummary(result, issues, fingerprint);
  return {
    issues,
    result,
    fingerprint,
    changeTable: buildSignedChangeTable(result, meta, calculation),
    calculationSheet: calculation.sheet,
    reviewSheet: reviewSheets[0],
    reviewSheets,
    agreementTable,
    get report(): JsonReport {
      return summary.report;
    },
    hasErrors: summary.hasErrors,
  };
}

function withIssues(outcome: RunOutcome, extra: readonly Issue[], options: RunOptions): RunOutcome {
  return extra.length === 0
    ? outcome
    : assemble(
        outcome.result,
        [...outcome.issues, ...extra],
        outcome.fingerprint,
        options,
        outcome.agreementTable,
      );
}
