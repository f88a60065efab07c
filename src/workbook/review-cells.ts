import type { D } from '../domain/decimal';
import type { ItemSummary, MaterialEvaluation } from '../domain/types';
import { isoToExcelSerial } from './excel-serial';
import { DATE_FORMAT, PERCENT_FORMAT, wonFormatFor } from './formats';
import type { OutputCell } from './grid';
import { OUTCOME_LABEL, reviewReason } from './review-reason';

/** The cells of one evaluation's row of `연동 검토내역`, in REVIEW_HEADERS order. */
export function evaluationCells(evaluation: MaterialEvaluation): OutputCell[] {
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

/** The cells of one item's row of the summary. */
export function summaryCells(item: ItemSummary): OutputCell[] {
  return [
    text(item.agreementId),
    text(item.item),
    text(item.partNo),
    text(item.materials.join(', ')),
    { value: item.evaluationCount, numberFormat: '#,##0', style: 'body' },
    { value: item.adjustmentCount, numberFormat: '#,##0', style: 'body' },
    won(item.originalUnitPrice),
    won(item.currentUnitPrice),
    text(item.complete ? '완료' : '오류로 중단'),
  ];
}

function text(value: string | null): OutputCell {
  return { value: value ?? null, style: 'body' };
}

function won(value: D): OutputCell {
  return { value: value.toNumber(), numberFormat: wonFormatFor(value, 0), style: 'body' };
}

function percent(value: D): OutputCell {
  return { value: value.toNumber(), numberFormat: PERCENT_FORMAT, style: 'body' };
}

export function dateCell(date: string): OutputCell {
  return { value: isoToExcelSerial(date), numberFormat: DATE_FORMAT, style: 'body' };
}
