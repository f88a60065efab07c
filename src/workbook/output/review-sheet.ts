import type { Issue } from '../../domain/issues';
import type { ComputeResult, MaterialEvaluation } from '../../domain/types';
import { fitColumnWidths } from './column-widths';
import type { OutputCell, OutputSheet, PrintSetup } from '../grid/grid';
import type { SheetPlan } from '../grid/sheet-plan';
import { dateCell, textContent, toOutputCell } from './output-cell';
import type { OutputMeta } from './output-meta';
import {
  EVALUATION_COLUMNS,
  ISSUE_COLUMNS,
  ReviewedEvaluation,
  type ReviewColumn,
  SUMMARY_COLUMNS,
} from './review-sheet-columns';
import { SharedCells } from './shared-cells';
import { type RowCells, SheetBuilder } from './sheet-builder';
import { SHEET } from '../grid/sheet-names';
import { EXCEL_MAX_ROWS, SheetTooLongError } from './sheet-limits';
import { TITLE_LABEL, type TitleEntry, writeTitleBlock } from './title-block';

export const REVIEW_HEADERS: readonly string[] = EVALUATION_COLUMNS.map((column) => column.header);

const SUMMARY_HEADING = '물품별 요약';
const ISSUES_HEADING = '오류·경고';
const LAST_COLUMN = REVIEW_HEADERS.length;
const PRINT: PrintSetup = { paperSize: 'A4', orientation: 'landscape', fitToWidth: true, repeatRows: null };

/** Which evaluations the sheet lists: all of them (the default), or only those that triggered. */
export type ReviewListing = 'all' | 'triggered';

export interface ReviewMeta extends OutputMeta {
  /** Every issue of the run (reading and computing); defaults to the engine's own. */
  readonly issues?: readonly Issue[];
  /** 'triggered' lists only the evaluations that met the threshold; the counts still cover all. */
  readonly listing?: ReviewListing;
  /** Rows one sheet may hold (Excel's limit unless a test asks for fewer). */
  readonly maxRows?: number;
}

/** `연동 검토내역`, then `연동 검토내역 (2)`, `(3)`… */
function reviewSheetName(sheetNumber: number): string {
  return sheetNumber === 1 ? SHEET.review : `${SHEET.review} (${sheetNumber})`;
}

/** A continuation sheet of an earlier run: `연동 검토내역 (2)`, … (exactly, ignoring case). */
export function isReviewContinuationName(name: string): boolean {
  const match = /^(.*) \((\d+)\)$/.exec(name);
  return (
    match !== null &&
    match[1]?.toLocaleUpperCase() === SHEET.review.toLocaleUpperCase() &&
    Number(match[2]) >= 2 &&
    String(Number(match[2])) === match[2]
  );
}

/** The first sheet of the review (all of it unless it runs past a sheet's last row). */
export function buildReviewSheet(result: ComputeResult, meta: ReviewMeta): OutputSheet {
  return buildReviewSheets(result, meta)[0];
}

/** The names of the review's sheets, without making them. */
export function reviewSheetNames(result: ComputeResult, meta: ReviewMeta): string[] {
  return reviewLayout(result, meta).slices.map((_slice, index) => reviewSheetName(index + 1));
}

/** What the review lists, its title block and how the list is cut into sheets. */
function reviewLayout(result: ComputeResult, meta: ReviewMeta) {
  const issues = meta.issues ?? result.issues;
  const listing = meta.listing ?? 'all';
  const listed = listing === 'all' ? result.evaluations : result.evaluations.filter((e) => e.triggered);
  const triggered = listing === 'all' ? result.evaluations.filter((e) => e.triggered).length : listed.length;
  const untriggered = result.evaluations.length - triggered;
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const maxRows = meta.maxRows ?? EXCEL_MAX_ROWS;
  const entries = (sheetNumber: number, sheetCount: number): TitleEntry[] => [
    { label: TITLE_LABEL.createdOn, cell: dateCell(meta.createdOn) },
    { label: TITLE_LABEL.asOf, cell: dateCell(result.asOf) },
    { label: TITLE_LABEL.fingerprint, cell: { value: meta.fingerprint } },
    {
      label: '검토 건수',
      cell: { value: `${result.evaluations.length}건 (발동 ${triggered}건, 미발동 ${untriggered}건)` },
    },
    { label: ISSUES_HEADING, cell: { value: `오류 ${errors}건, 경고 ${issues.length - errors}건` } },
    ...(listing === 'triggered'
      ? [{ label: '목록', cell: { value: `발동한 평가만 (미발동 ${untriggered}건은 생략)` } }]
      : []),
    ...(sheetCount > 1 ? [{ label: '시트', cell: { value: `${sheetNumber} / ${sheetCount}` } }] : []),
  ];
  const slices = reviewSlices(
    Math.max(listed.length, 1),
    tailRows(result.items.length, issues.length),
    maxRows,
    (sheetCount) => entries(1, sheetCount).length,
  );
  return { issues, listed, entries, slices, maxRows };
}

/**
 * `연동 검토내역` (DOMAIN §4): every evaluated (item, material, adjustment date), triggered or
 * not and why, a summary per item and every issue, so an auditor sees that nothing was skipped.
 * Past a sheet's last row the list continues on `연동 검토내역 (2)`, `(3)`…, each with the title
 * block and the header row; the summary and the issues close the last sheet.
 */
export function buildReviewSheets(result: ComputeResult, meta: ReviewMeta): [OutputSheet, ...OutputSheet[]] {
  // Held whole, a review repeats its names, dates and labels on every row: one object each.
  const [first, ...rest] = layOutReviewSheets(result, meta, new SharedCells()).map((laid) =>
    laid.builder.build(laid.name, laid.widths, laid.headerRow, laid.print),
  );
  if (!first) throw new Error('a review has at least one sheet');
  return [first, ...rest];
}

/** The same sheets planned: the list's rows made only as they are written. */
export function planReviewSheets(result: ComputeResult, meta: ReviewMeta): SheetPlan[] {
  // Rows made as they are written are let go at once: nothing to share.
  return layOutReviewSheets(result, meta, null).map((laid) =>
    laid.builder.plan(laid.name, laid.widths, laid.headerRow, laid.print),
  );
}

/** Each sheet's cells placed (the list rows as lazy rows) and its columns sized. */
function layOutReviewSheets(result: ComputeResult, meta: ReviewMeta, shared: SharedCells | null) {
  const { issues, listed, entries, slices, maxRows } = reviewLayout(result, meta);
  return slices.map(([from, to], index) => {
    const sheetNumber = index + 1;
    const name = reviewSheetName(sheetNumber);
    const sheet = new SheetBuilder();
    const headerRow = writeTitleBlock(sheet, name, entries(sheetNumber, slices.length), LAST_COLUMN) + 2;
    writeHeaders(sheet, headerRow, EVALUATION_COLUMNS);
    let row = headerRow + 1;
    if (listed.length === 0) {
      const note =
        result.evaluations.length === 0 ? '검토한 원재료가 없습니다.' : '발동한 원재료가 없습니다.';
      sheet.setMerged(row, 1, LAST_COLUMN, { value: note, style: 'note' });
      row += 1;
    }
    sheet.setLazyRows(row, to - from, LAST_COLUMN, (offset) =>
      evaluationCells(listed[from + offset], shared),
    );
    row += to - from;
    if (sheetNumber === slices.length) writeTail(sheet, row, result, issues);
    const widths = fitColumnWidths(sheet, LAST_COLUMN, headerRow);
    if (sheet.lastRow > maxRows) throw new SheetTooLongError(name, sheet.lastRow, maxRows);
    const print: PrintSetup = { ...PRINT, repeatRows: [headerRow, headerRow] };
    return { builder: sheet, name, widths, headerRow, print };
  });
}

/**
 * One listed evaluation's cells, column by column; with `shared`, the columns whose cells repeat
 * from row to row are one object per content (the value's type in the key: an empty cell is not "null").
 */
function evaluationCells(evaluation: MaterialEvaluation | undefined, shared: SharedCells | null): RowCells {
  if (evaluation === undefined) return () => undefined;
  const reviewed = new ReviewedEvaluation(evaluation);
  return (column) => {
    const index = column - 1;
    const table = EVALUATION_COLUMNS[index];
    if (table === undefined) return undefined;
    const cell = toOutputCell(table.content(reviewed));
    if (shared === null || table.repeats !== true) return cell;
    const key = `${index}|${typeof cell.value}|${String(cell.value)}|${cell.numberFormat ?? ''}|${cell.style ?? ''}`;
    return shared.get(key, () => cell);
  };
}

/** Rows after the list: a blank, the summary heading, header and items, a blank, the issues. */
function tailRows(items: number, issues: number): number {
  return 1 + 2 + items + 1 + 1 + (issues === 0 ? 1 : 1 + issues);
}

/**
 * How the `listed` rows (at least 1: the note when there are none) are cut into sheets of at
 * most `maxRows` rows, the tail on the last: [from, to) of the list per sheet. A sheet's list
 * starts below its title block, whose length depends on the number of sheets.
 */
function reviewSlices(
  listed: number,
  tail: number,
  maxRows: number,
  titleEntries: (sheetCount: number) => number,
): [number, number][] {
  const room = (sheetCount: number): number => maxRows - (titleEntries(sheetCount) + 3);
  if (listed + tail <= room(1)) return [[0, listed]];
  const perSheet = room(2);
  if (perSheet < 1 || tail > perSheet) return [[0, listed]];
  const slices: [number, number][] = [];
  for (let start = 0; ; start += perSheet) {
    const from = Math.min(start, listed);
    const to = Math.min(listed, from + perSheet);
    slices.push([from, to]);
    if (to === listed && to - from + tail <= perSheet) break;
  }
  return slices;
}

/** The summary per item and the issues, below the list on the last sheet. */
function writeTail(
  sheet: SheetBuilder,
  start: number,
  result: ComputeResult,
  issues: readonly Issue[],
): void {
  let row = start + 1;
  sheet.setMerged(row, 1, LAST_COLUMN, { value: SUMMARY_HEADING, style: 'label' });
  writeHeaders(sheet, row + 1, SUMMARY_COLUMNS);
  row += 2;
  for (const item of result.items) {
    writeRow(sheet, row, SUMMARY_COLUMNS, item);
    row += 1;
  }
  writeIssueTable(sheet, row + 1, issues, LAST_COLUMN);
}

/** The heading and every issue of the run, from row `top`. */
function writeIssueTable(
  sheet: SheetBuilder,
  top: number,
  issues: readonly Issue[],
  lastColumn: number,
): void {
  sheet.setMerged(top, 1, lastColumn, { value: `${ISSUES_HEADING} (${issues.length}건)`, style: 'label' });
  if (issues.length === 0) {
    sheet.setMerged(top + 1, 1, lastColumn, { value: '오류·경고가 없습니다.', style: 'note' });
    return;
  }
  writeHeaders(sheet, top + 1, ISSUE_COLUMNS);
  issues.forEach((issue, index) => writeRow(sheet, top + 2 + index, ISSUE_COLUMNS, issue));
}

function writeHeaders<Row>(sheet: SheetBuilder, row: number, columns: readonly ReviewColumn<Row>[]): void {
  placeColumns(sheet, row, columns, (column) =>
    toOutputCell(textContent(column.header), undefined, 'header'),
  );
}

function writeRow<Row>(
  sheet: SheetBuilder,
  row: number,
  columns: readonly ReviewColumn<Row>[],
  values: Row,
): void {
  placeColumns(sheet, row, columns, (column) => toOutputCell(column.content(values)));
}

/** Each column's cell at its place in the row, merged across the column's span. */
function placeColumns<Row>(
  sheet: SheetBuilder,
  row: number,
  columns: readonly ReviewColumn<Row>[],
  cellOf: (column: ReviewColumn<Row>, index: number) => OutputCell,
): void {
  let left = 1;
  columns.forEach((column, index) => {
    const right = left + (column.span ?? 1) - 1;
    sheet.setMerged(row, left, right, cellOf(column, index));
    left = right + 1;
  });
}
