import { D, ZERO } from '../../domain/decimal';
import type { ComputeResult } from '../../domain/types';

/** Totals both shells show after a run (the CLI's demo and the task pane's ③). */
export interface RunSummary {
  readonly itemCount: number;
  readonly adjustmentCount: number;
  readonly evaluationCount: number;
  /** Σ (current − original unit price) over the items, KRW per unit. */
  readonly unitPriceChangeTotal: D;
  /** Σ 조정금액 over all priced deliveries, KRW. */
  readonly deliveryAdjustmentTotal: D;
  /** Σ 조정금액 per agreement, in the order agreements first appear; only agreements with deliveries. */
  readonly deliveryAdjustmentByAgreement: readonly { readonly agreementId: string; readonly total: D }[];
  /** Per item: (current − original) / original. */
  readonly itemChangeRates: ReadonlyMap<string, D>;
}

export function itemSummaryKey(agreementId: string, item: string): string {
  return `${agreementId}\u0000${item}`;
}

export function summarizeResult(result: ComputeResult): RunSummary {
  const byAgreement = new Map<string, D>();
  let deliveryTotal = ZERO;
  for (const adjustment of result.adjustments) {
    for (const delivery of adjustment.deliveries) {
      deliveryTotal = deliveryTotal.plus(delivery.adjustmentAmount);
      byAgreement.set(
        adjustment.agreementId,
        (byAgreement.get(adjustment.agreementId) ?? ZERO).plus(delivery.adjustmentAmount),
      );
    }
  }
  const agreementOrder = [...new Set(result.items.map((item) => item.agreementId))];
  return {
    itemCount: result.items.length,
    adjustmentCount: result.adjustments.length,
    evaluationCount: result.evaluations.length,
    unitPriceChangeTotal: result.items.reduce(
      (sum, item) => sum.plus(item.currentUnitPrice.minus(item.originalUnitPrice)),
      ZERO,
    ),
    deliveryAdjustmentTotal: deliveryTotal,
    deliveryAdjustmentByAgreement: agreementOrder.flatMap((agreementId) => {
      const total = byAgreement.get(agreementId);
      return total === undefined ? [] : [{ agreementId, total }];
    }),
    itemChangeRates: new Map(
      result.items.map((item) => [
        itemSummaryKey(item.agreementId, item.item),
        item.currentUnitPrice.minus(item.originalUnitPrice).dividedBy(item.originalUnitPrice),
      ]),
    ),
  };
}
