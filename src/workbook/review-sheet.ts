import type { D } from '../domain/decimal';
import type { Issue } from '../domain/issues';
import type { ComputeResult, ItemSummary, MaterialEvaluation } from '../domain/types';
import { fitColumnWidths } from './column-widths';
import { isoToExcelSerial } from './excel-serial';
import { DATE_FORMAT, PERCENT_FORMAT, wonFormatFor } from './formats';
import type { OutputCell, OutputSheet, PrintSetup } from './grid';
import type { OutputMeta } from './output-meta';
import { OUTCOME_LABEL, reviewReason } from './review-reason';
import { SharedCells } from './shared-cells';
import { SheetBuilder } from './sheet-builder';
import { SHEET } from './sheet-names';
import { fitCellText, joinWithinCell } from './cell-text';
import { EXCEL_MAX_ROWS, SheetTooLongError } from './sheet-limits';
import { TITLE_LABEL, type TitleEntry, writeTitleBlock } from './title-block';

export const REVIEW_HEADERS = [
  '약정번호',
  '물품명',
  '품번',
  '원재료',
  '기준지표',
  '단위',
  '조정일',
  '기준 참조',
  '비교 참조',
  '기준가격',
  '비교가격',
  '변동률',
  '조정요건',
  '발동 여부',
  '사유',
  '단가 변동액',
] as const;

export const SUMMARY_HEADING = '물품별 요약';
const SUMMARY_HEADERS = [
  '약정번호',
  '물품명',
  '품번',
  '원재료',
  '검토 건수',
  '조정 건수',
  '최초 납품단가',
  '현재 납품단가',
  '계산 상태',
];
export const ISSUES_HEADING = '오류·경고';
const ISSUE_HEADERS = ['구분', '시트', '셀', '코드', '내용', '내용 (영문)'];
/** Issue messages are long: Korean across E:N, English across O:P. */
const MESSAGE_COLUMNS = [5, 14] as const;
const MESSAGE_EN_COLUMNS = [15, 16] as const;
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
export function reviewSheetName(sheetNumber: number): string {
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
    { label: TITLE_LABEL.asOf, cell: result.asOf === null ? { value: null } : dateCell(result.asOf) },
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
  const { issues, listed, entries, slices, maxRows } = reviewLayout(result, meta);
  const shared = new SharedCells();
  const sheets = slices.map(([from, to], index) => {
    const sheetNumber = index + 1;
    const last = sheetNumber === slices.length;
    const name = reviewSheetName(sheetNumber);
    const sheet = new SheetBuilder();
    const headerRow = writeTitleBlock(sheet, name, entries(sheetNumber, slices.length), LAST_COLUMN) + 2;
    REVIEW_HEADERS.forEach((header, column) =>
      sheet.set(headerRow, column + 1, { value: header, style: 'header' }),
    );
    let row = headerRow + 1;
    if (listed.length === 0) {
      const note =
        result.evaluations.length === 0 ? '검토한 원재료가 없습니다.' : '발동한 원재료가 없습니다.';
      sheet.setMerged(row, 1, LAST_COLUMN, { value: note, style: 'note' });
      row += 1;
    }
    for (const evaluation of listed.slice(from, to)) {
      evaluationCells(evaluation, shared).forEach((cell, column) => sheet.set(row, column + 1, cell));
      row += 1;
    }
    if (last) writeTail(sheet, row, result.items, issues);
    const widths = fitColumnWidths(sheet, LAST_COLUMN, headerRow);
    if (sheet.lastRow > maxRows) throw new SheetTooLongError(name, sheet.lastRow, maxRows);
    return sheet.build(name, widths, headerRow, { ...PRINT, repeatRows: [headerRow, headerRow] });
  });
  const [first, ...rest] = sheets;
  if (!first) throw new Error('a review has at least one sheet');
  return [first, ...rest];
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

function writeTail(
  sheet: SheetBuilder,
  start: number,
  items: readonly ItemSummary[],
  issues: readonly Issue[],
): void {
  let row = start + 1;
  sheet.setMerged(row, 1, LAST_COLUMN, { value: SUMMARY_HEADING, style: 'label' });
  SUMMARY_HEADERS.forEach((header, index) =>
    sheet.set(row + 1, index + 1, { value: header, style: 'header' }),
  );
  row += 2;
  for (const item of items) {
    summaryCells(item).forEach((cell, index) => sheet.set(row, index + 1, cell));
    row += 1;
  }
  row += 1;
  sheet.setMerged(row, 1, LAST_COLUMN, { value: `${ISSUES_HEADING} (${issues.length}건)`, style: 'label' });
  row += 1;
  if (issues.length === 0) {
    sheet.setMerged(row, 1, LAST_COLUMN, { value: '오류·경고가 없습니다.', style: 'note' });
    return;
  }
  writeIssueRow(sheet, row, ISSUE_HEADERS, 'header');
  issues.forEach((issue, index) => {
    writeIssueRow(
      sheet,
      row + 1 + index,
      [
        issue.severity === 'error' ? '오류' : '경고',
        issue.sheet,
        issue.cell,
        issue.code,
        issue.message,
        issue.messageEn,
      ],
      'body',
    );
  });
}

function evaluationCells(evaluation: MaterialEvaluation, shared: SharedCells): OutputCell[] {
  const sharedText = (value: string | null): OutputCell =>
    value === null ? text(null) : shared.get(`t${value}`, () => text(value));
  return [
    sharedText(evaluation.agreementId),
    sharedText(evaluation.item),
    sharedText(evaluation.partNo),
    sharedText(evaluation.material),
    sharedText(evaluation.index),
    sharedText(evaluation.unit),
    shared.get(`d${evaluation.adjustmentDate}`, () => dateCell(evaluation.adjustmentDate)),
    sharedText(evaluation.baseReference),
    sharedText(evaluation.comparisonReference),
    won(evaluation.basePrice),
    won(evaluation.comparisonPrice),
    percent(evaluation.changeRate),
    shared.get(`p${evaluation.threshold.toString()}`, () => percent(evaluation.threshold)),
    sharedText(OUTCOME_LABEL[evaluation.outcome]),
    text(reviewReason(evaluation)),
    won(evaluation.unitPriceDelta),
  ];
}

function summaryCells(item: ItemSummary): OutputCell[] {
  return [
    text(item.agreementId),
    text(item.item),
    text(item.partNo),
    text(joinWithinCell(item.materials)),
    { value: item.evaluationCount, numberFormat: '#,##0', style: 'body' },
    { value: item.adjustmentCount, numberFormat: '#,##0', style: 'body' },
    won(item.originalUnitPrice),
    won(item.currentUnitPrice),
    text(item.complete ? '완료' : '오류로 중단'),
  ];
}

function writeIssueRow(
  sheet: SheetBuilder,
  row: number,
  values: readonly string[],
  style: 'header' | 'body',
): void {
  values.slice(0, 4).forEach((value, index) => sheet.set(row, index + 1, { value, style }));
  sheet.setMerged(row, MESSAGE_COLUMNS[0], MESSAGE_COLUMNS[1], { value: values[4] ?? '', style });
  sheet.setMerged(row, MESSAGE_EN_COLUMNS[0], MESSAGE_EN_COLUMNS[1], { value: values[5] ?? '', style });
}

function text(value: string | null): OutputCell {
  return { value: value === null ? null : fitCellText(value), style: 'body' };
}

function won(value: D): OutputCell {
  return { value: value.toNumber(), numberFormat: wonFormatFor(value, 0), style: 'body' };
}

function percent(value: D): OutputCell {
  return { value: value.toNumber(), numberFormat: PERCENT_FORMAT, style: 'body' };
}

function dateCell(date: string): OutputCell {
  return { value: isoToExcelSerial(date), numberFormat: DATE_FORMAT, style: 'body' };
}
