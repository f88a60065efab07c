import type { Issue } from '../domain/issues';
import type { ComputeResult } from '../domain/types';
import { fitColumnWidths } from './column-widths';
import type { OutputCell, OutputSheet } from './grid';
import { dateCell, textContent, toOutputCell } from './output-cell';
import type { OutputMeta } from './output-meta';
import {
  EVALUATION_COLUMNS,
  ISSUE_COLUMNS,
  type ReviewColumn,
  SUMMARY_COLUMNS,
} from './review-sheet-columns';
import { SheetBuilder } from './sheet-builder';
import { SHEET } from './sheet-names';
import { TITLE_LABEL, writeTitleBlock } from './title-block';

export const REVIEW_HEADERS: readonly string[] = EVALUATION_COLUMNS.map((column) => column.header);

const SUMMARY_HEADING = '물품별 요약';
const ISSUES_HEADING = '오류·경고';

export interface ReviewMeta extends OutputMeta {
  /** Every issue of the run (reading and computing); defaults to the engine's own. */
  readonly issues?: readonly Issue[];
}

/**
 * `연동 검토내역` (DOMAIN §4): every evaluated (item, material, adjustment date), triggered or
 * not and why, a summary per item and every issue, so an auditor sees that nothing was skipped.
 */
export function buildReviewSheet(result: ComputeResult, meta: ReviewMeta): OutputSheet {
  const issues = meta.issues ?? result.issues;
  const lastColumn = REVIEW_HEADERS.length;
  const sheet = new SheetBuilder();
  const triggered = result.evaluations.filter((evaluation) => evaluation.triggered).length;
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const titleEnd = writeTitleBlock(
    sheet,
    SHEET.review,
    [
      { label: TITLE_LABEL.createdOn, cell: dateCell(meta.createdOn) },
      { label: TITLE_LABEL.asOf, cell: dateCell(result.asOf) },
      { label: TITLE_LABEL.fingerprint, cell: { value: meta.fingerprint } },
      {
        label: '검토 건수',
        cell: {
          value: `${result.evaluations.length}건 (발동 ${triggered}건, 미발동 ${result.evaluations.length - triggered}건)`,
        },
      },
      { label: ISSUES_HEADING, cell: { value: `오류 ${errors}건, 경고 ${issues.length - errors}건` } },
    ],
    lastColumn,
  );

  const headerRow = titleEnd + 2;
  writeHeaders(sheet, headerRow, EVALUATION_COLUMNS);
  let row = headerRow + 1;
  if (result.evaluations.length === 0) {
    sheet.setMerged(row, 1, lastColumn, { value: '검토한 원재료가 없습니다.', style: 'note' });
    row += 1;
  }
  for (const evaluation of result.evaluations) {
    writeRow(sheet, row, EVALUATION_COLUMNS, evaluation);
    row += 1;
  }

  row += 1;
  sheet.setMerged(row, 1, lastColumn, { value: SUMMARY_HEADING, style: 'label' });
  writeHeaders(sheet, row + 1, SUMMARY_COLUMNS);
  row += 2;
  for (const item of result.items) {
    writeRow(sheet, row, SUMMARY_COLUMNS, item);
    row += 1;
  }

  writeIssueTable(sheet, row + 1, issues, lastColumn);
  return sheet.build(SHEET.review, fitColumnWidths(sheet, lastColumn, headerRow), headerRow, {
    paperSize: 'A4',
    orientation: 'landscape',
    fitToWidth: true,
    repeatRows: [headerRow, headerRow],
  });
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
  cellOf: (column: ReviewColumn<Row>) => OutputCell,
): void {
  let left = 1;
  for (const column of columns) {
    const right = left + (column.span ?? 1) - 1;
    sheet.setMerged(row, left, right, cellOf(column));
    left = right + 1;
  }
}
