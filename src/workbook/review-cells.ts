import type { D } from '../domain/decimal';
import type { ItemSummary, MaterialEvaluation } from '../domain/types';
import { isoToExcelSerial } from './excel-serial';
import { DATE_FORMAT, PERCENT_FORMAT, wonFormatFor } from './formats';
import type { OutputCell } from './grid';
import { OUTCOME_LABEL, reviewReason } from './review-reason';

/**
 * The cells of `연동 검토내역`'s rows. Evaluations repeat a few texts, dates and prices over and
 * over (rows reading one index share their price points), so the cells for them are made once
 * per review and shared; so are the reasons of the evaluations that did not trigger, which
 * depend on the change rate, the threshold and the outcome alone.
 */
export class ReviewCells {
  private readonly texts = new Map<string, OutputCell>();
  private readonly dates = new Map<string, OutputCell>();
  private readonly wons = new WeakMap<D, OutputCell>();
  private readonly percents = new WeakMap<D, OutputCell>();
  private readonly reasons = new WeakMap<D, Map<string, OutputCell>>();
  private readonly thresholdKeys = new WeakMap<D, string>();

  /** The cells of one evaluation's row, in REVIEW_HEADERS order. */
  evaluationCells(evaluation: MaterialEvaluation): OutputCell[] {
    const delta = evaluation.unitPriceDelta;
    return [
      this.text(evaluation.agreementId),
      this.text(evaluation.item),
      this.text(evaluation.partNo),
      this.text(evaluation.material),
      this.text(evaluation.index),
      this.text(evaluation.unit),
      this.date(evaluation.adjustmentDate),
      this.text(evaluation.baseReference),
      this.text(evaluation.comparisonReference),
      this.won(evaluation.basePrice),
      this.won(evaluation.comparisonPrice),
      this.percent(evaluation.changeRate),
      this.percent(evaluation.threshold),
      this.text(OUTCOME_LABEL[evaluation.outcome]),
      this.reason(evaluation, delta),
      this.won(delta),
    ];
  }

  /** The cells of one item's row of the summary. */
  summaryCells(item: ItemSummary): OutputCell[] {
    return [
      this.text(item.agreementId),
      this.text(item.item),
      this.text(item.partNo),
      this.text(item.materials.join(', ')),
      { value: item.evaluationCount, numberFormat: '#,##0', style: 'body' },
      { value: item.adjustmentCount, numberFormat: '#,##0', style: 'body' },
      this.won(item.originalUnitPrice),
      this.won(item.currentUnitPrice),
      this.text(item.complete ? '완료' : '오류로 중단'),
    ];
  }

  date(date: string): OutputCell {
    let cell = this.dates.get(date);
    if (cell === undefined) {
      cell = { value: isoToExcelSerial(date), numberFormat: DATE_FORMAT, style: 'body' };
      this.dates.set(date, cell);
    }
    return cell;
  }

  private text(value: string | null): OutputCell {
    if (value === null) return NULL_TEXT;
    let cell = this.texts.get(value);
    if (cell === undefined) {
      cell = { value, style: 'body' };
      this.texts.set(value, cell);
    }
    return cell;
  }

  private won(value: D): OutputCell {
    let cell = this.wons.get(value);
    if (cell === undefined) {
      cell = { value: value.toNumber(), numberFormat: wonFormatFor(value, 0), style: 'body' };
      this.wons.set(value, cell);
    }
    return cell;
  }

  private percent(value: D): OutputCell {
    let cell = this.percents.get(value);
    if (cell === undefined) {
      cell = { value: value.toNumber(), numberFormat: PERCENT_FORMAT, style: 'body' };
      this.percents.set(value, cell);
    }
    return cell;
  }

  private reason(evaluation: MaterialEvaluation, delta: D): OutputCell {
    if (evaluation.triggered) return { value: reviewReason(evaluation, delta), style: 'body' };
    // Not triggered: the words follow from the rate, the threshold, the outcome and the direction.
    const rate = evaluation.changeRate;
    let byTerms = this.reasons.get(rate);
    if (byTerms === undefined) {
      byTerms = new Map();
      this.reasons.set(rate, byTerms);
    }
    const key = `${this.thresholdKey(evaluation.threshold)}|${evaluation.outcome}|${evaluation.direction}`;
    let cell = byTerms.get(key);
    if (cell === undefined) {
      cell = { value: reviewReason(evaluation, delta), style: 'body' };
      byTerms.set(key, cell);
    }
    return cell;
  }

  private thresholdKey(threshold: D): string {
    let key = this.thresholdKeys.get(threshold);
    if (key === undefined) {
      key = threshold.toFixed();
      this.thresholdKeys.set(threshold, key);
    }
    return key;
  }
}

const NULL_TEXT: OutputCell = { value: null, style: 'body' };
