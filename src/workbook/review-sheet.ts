import type { D } from '../domain/decimal';
import type { Issue } from '../domain/issues';
import type { ComputeResult, ItemSummary, MaterialEvaluation } from '../domain/types';
import { fitColumnWidths } from './column-widths';
import { isoToExcelSerial } from './excel-serial';
import { DATE_FORMAT, PERCENT_FORMAT, wonFormatFor } from './formats';
import type { OutputCell, OutputSheet } from './grid';
import type { OutputMeta } from './output-meta';
import { OUTCOME_LABEL, reviewReason } from './review-reason';
import { SheetBuilder } from './sheet-builder';
import { SHEET } from './sheet-names';
import { fitCellText, joinWithinCell } from './cell-text';
import { TITLE_LABEL, writeTitleBlock } from './title-block';

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
      { label: TITLE_LABEL.asOf, cell: result.asOf === null ? { value: null } : dateCell(result.asOf) },
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
  REVIEW_HEADERS.forEach((header, index) =>
    sheet.set(headerRow, index + 1, { value: header, style: 'header' }),
  );
  let row = headerRow + 1;
  if (result.evaluations.length === 0) {
    sheet.setMerged(row, 1, lastColumn, { value: '검토한 원재료가 없습니다.', style: 'note' });
    row += 1;
  }
  for (const evaluation of result.evaluations) {
    evaluationCells(evaluation).forEach((cell, index) => sheet.set(row, index + 1, cell));
    row += 1;
  }

  row += 1;
  sheet.setMerged(row, 1, lastColumn, { value: SUMMARY_HEADING, style: 'label' });
  SUMMARY_HEADERS.forEach((header, index) =>
    sheet.set(row + 1, index + 1, { value: header, style: 'header' }),
  );
  row += 2;
  for (const item of result.items) {
    summaryCells(item).forEach((cell, index) => sheet.set(row, index + 1, cell));
    row += 1;
  }

  row += 1;
  sheet.setMerged(row, 1, lastColumn, { value: `${ISSUES_HEADING} (${issues.length}건)`, style: 'label' });
  row += 1;
  if (issues.length === 0) {
    sheet.setMerged(row, 1, lastColumn, { value: '오류·경고가 없습니다.', style: 'note' });
  } else {
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
          issue.text.ko,
          issue.text.en,
        ],
        'body',
      );
    });
  }

  return sheet.build(SHEET.review, fitColumnWidths(sheet, lastColumn, headerRow), headerRow, {
    paperSize: 'A4',
    orientation: 'landscape',
    fitToWidth: true,
    repeatRows: [headerRow, headerRow],
  });
}

function evaluationCells(evaluation: MaterialEvaluation): OutputCell[] {
  return [
    text(evaluation.agreementId),
    text(evaluation.item),
    text(evaluation.partNo),
    text(evaluation.material),
    text(evaluation.index),
    text(evaluation.unit),
    dateCell(evaluation.adjustmentDate),
    text(evaluation.baseReference),
    text(evaluation.comparisonReference),
    won(evaluation.basePrice),
    won(evaluation.comparisonPrice),
    percent(evaluation.changeRate),
    percent(evaluation.threshold),
    text(OUTCOME_LABEL[evaluation.outcome]),
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
