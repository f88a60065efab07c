import type { D } from '../../domain/decimal';
import type { ComputeResult, MaterialEvaluation } from '../../domain/types';

/** One material of one item, as the chart picker lists it. */
export interface ChartSubject {
  readonly key: string;
  readonly agreementId: string;
  readonly item: string;
  readonly material: string;
}

export interface ChartPoint {
  readonly date: string;
  readonly comparison: D;
  readonly base: D;
  /** B · (1 − t) and B · (1 + t): the prices at which the threshold is met. */
  readonly lower: D;
  readonly upper: D;
  readonly triggered: boolean;
  /** An outlook point: what the next adjustment would read if the latest prices held. */
  readonly projected?: boolean;
}

interface UnitPriceStep {
  readonly date: string;
  readonly price: D;
}

export interface ChartModel {
  readonly subject: ChartSubject;
  readonly unit: string | null;
  readonly points: readonly ChartPoint[];
  /** The item's unit price from its start, stepping at each effective date. */
  readonly unitPrices: readonly UnitPriceStep[];
}

export const keyOf = (e: { agreementId: string; item: string; material: string }): string =>
  `${e.agreementId}\u0000${e.item}\u0000${e.material}`;

export function chartSubjects(result: ComputeResult): ChartSubject[] {
  const seen = new Map<string, ChartSubject>();
  for (const evaluation of result.evaluations) {
    const key = keyOf(evaluation);
    if (!seen.has(key))
      seen.set(key, {
        key,
        agreementId: evaluation.agreementId,
        item: evaluation.item,
        material: evaluation.material,
      });
  }
  return [...seen.values()];
}

/**
 * What the chart draws for one material of one item, straight from the engine's evaluations
 * and adjustments. The band edges are the threshold applied to the base in force, in exact
 * decimals (a display aid computed here, not by the engine).
 */
export function chartModel(result: ComputeResult, subject: ChartSubject): ChartModel {
  const evaluations = result.evaluations
    .filter((e) => keyOf(e) === subject.key)
    .sort((a, b) => a.adjustmentDate.localeCompare(b.adjustmentDate));
  const summary = result.items.find((i) => i.agreementId === subject.agreementId && i.item === subject.item);
  const adjustments = result.adjustments
    .filter((a) => a.agreementId === subject.agreementId && a.item === subject.item)
    .sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate));
  const first = evaluations[0];
  const unitPrices: UnitPriceStep[] =
    summary && first ? [{ date: first.adjustmentDate, price: summary.originalUnitPrice }] : [];
  for (const adjustment of adjustments)
    unitPrices.push({ date: adjustment.effectiveDate, price: adjustment.unitPriceAfter });
  return {
    subject,
    unit: first?.unit ?? null,
    points: evaluations.map(point),
    unitPrices,
  };
}

function point(evaluation: MaterialEvaluation): ChartPoint {
  const reach = evaluation.basePrice.times(evaluation.threshold);
  return {
    date: evaluation.adjustmentDate,
    comparison: evaluation.comparisonPrice,
    base: evaluation.basePrice,
    lower: evaluation.basePrice.minus(reach),
    upper: evaluation.basePrice.plus(reach),
    triggered: evaluation.triggered,
  };
}
