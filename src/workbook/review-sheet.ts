import type { Issue } from '../domain/issues';
import type { ComputeResult, MaterialEvaluation } from '../domain/types';
import { fitColumnWidths } from './column-widths';
import type { OutputSheet, PrintSetup } from './grid';
import type { OutputMeta } from './output-meta';
import { ReviewCells } from './review-cells';
import type { SheetBuilder } from './sheet-builder';
import { EXCEL_MAX_ROWS, materialize, type SheetPlan, SheetTooLongError } from './sheet-plan';
import { SHEET } from './sheet-names';
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
/** The review pauses after this many rows (see SheetPlan). */
const ROWS_PER_STEP = 2_000;
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

/**
 * `연동 검토내역` (DOMAIN §4): every evaluated (item, material, adjustment date), triggered or
 * not and why, a summary per item and every issue, so an auditor sees that nothing was skipped.
 * Past Excel's last row the list continues on `연동 검토내역 (2)`, `(3)`…, each with the title
 * block and the header row; the summary and the issues close the last sheet.
 */
export function reviewSheetPlans(result: ComputeResult, meta: ReviewMeta): SheetPlan[] {
  const issues = meta.issues ?? result.issues;
  const listing = meta.listing ?? 'all';
  const listed =
    listing === 'all' ? result.evaluations : result.evaluations.filter((evaluation) => evaluation.triggered);
  const triggered =
    listing === 'all'
      ? result.evaluations.filter((evaluation) => evaluation.triggered).length
      : listed.length;
  const untriggered = result.evaluations.length - triggered;
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  // One set of shared cells for every sheet of the review and both passes over each.
  const cells = new ReviewCells();
  const entries = (sheetNumber: number, sheetCount: number): TitleEntry[] => [
    { label: TITLE_LABEL.createdOn, cell: cells.date(meta.createdOn) },
    { label: TITLE_LABEL.asOf, cell: result.asOf === null ? { value: null } : cells.date(result.asOf) },
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
  const layout = reviewLayout(
    listed.length,
    tailRows(result, issues),
    meta.maxRows ?? EXCEL_MAX_ROWS,
    entries,
  );
  return layout.slices.map((slice, index) => {
    const sheetNumber = index + 1;
    const last = sheetNumber === layout.slices.length;
    const name = reviewSheetName(sheetNumber);
    return {
      name,
      *steps(sheet: SheetBuilder): Generator<void, OutputSheet, void> {
        const titleEnd = writeTitleBlock(
          sheet,
          name,
          entries(sheetNumber, layout.slices.length),
          LAST_COLUMN,
        );
        const headerRow = titleEnd + 2;
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
        for (let at = slice.start; at < slice.end; at += 1) {
          const evaluation = listed[at] as MaterialEvaluation;
          cells.evaluationCells(evaluation).forEach((cell, column) => sheet.set(row, column + 1, cell));
          row += 1;
          if (at % ROWS_PER_STEP === 0) yield;
        }
        if (last) writeTail(sheet, row, result, issues, cells);
        return sheet.build(name, fitColumnWidths(sheet, LAST_COLUMN, headerRow), headerRow, {
          ...PRINT,
          repeatRows: [headerRow, headerRow],
        });
      },
    };
  });
}

/** Every review sheet, whole (for the add-in, and for writers that hold a workbook in memory). */
export function buildReviewSheets(result: ComputeResult, meta: ReviewMeta): OutputSheet[] {
  return reviewSheetPlans(result, meta).map(materialize);
}

/** `연동 검토내역` as one sheet (the first, when the list continues). */
export function buildReviewSheet(result: ComputeResult, meta: ReviewMeta): OutputSheet {
  const [first] = reviewSheetPlans(result, meta);
  if (!first) throw new Error('the review always has a first sheet');
  return materialize(first);
}

interface Slice {
  readonly start: number;
  readonly end: number;
}

/**
 * Which listed evaluations go on which sheet: as many as a sheet holds under its title block
 * and header, the summary and issues after the last ones (on a sheet of their own if they do
 * not fit under them).
 */
function reviewLayout(
  listed: number,
  tail: number,
  maxRows: number,
  entries: (sheetNumber: number, sheetCount: number) => readonly TitleEntry[],
): { readonly slices: readonly Slice[] } {
  let sheetCount = 1;
  for (;;) {
    // Title (1 row) + entries, a blank row, the header row.
    const headerRow = 1 + entries(1, sheetCount).length + 2;
    const room = maxRows - headerRow;
    if (tail > room || room < 1) {
      // Only past a million items or issues: the summary and issues alone would not fit a sheet.
      throw new SheetTooLongError(SHEET.review, headerRow + tail, maxRows);
    }
    const slices: Slice[] = [];
    let start = 0;
    for (;;) {
      const rest = listed - start;
      if (Math.max(rest, listed === 0 ? 1 : 0) + tail <= room) {
        slices.push({ start, end: listed });
        break;
      }
      const take = Math.min(room, rest);
      slices.push({ start, end: start + take });
      start += take;
    }
    // A second sheet adds a title entry (시트 1 / 2), which may push rows onto one more sheet.
    if (slices.length <= sheetCount) {
      return { slices };
    }
    sheetCount = slices.length;
  }
}

/** The rows after the list: blank, summary heading, its header, the items, blank, issues heading, issues. */
function tailRows(result: ComputeResult, issues: readonly Issue[]): number {
  return 1 + 2 + result.items.length + 1 + 1 + (issues.length === 0 ? 1 : 1 + issues.length);
}

function writeTail(
  sheet: SheetBuilder,
  startRow: number,
  result: ComputeResult,
  issues: readonly Issue[],
  cells: ReviewCells,
): void {
  let row = startRow + 1;
  sheet.setMerged(row, 1, LAST_COLUMN, { value: SUMMARY_HEADING, style: 'label' });
  SUMMARY_HEADERS.forEach((header, index) =>
    sheet.set(row + 1, index + 1, { value: header, style: 'header' }),
  );
  row += 2;
  for (const item of result.items) {
    cells.summaryCells(item).forEach((cell, index) => sheet.set(row, index + 1, cell));
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
