import { ZERO, type D } from '../domain/decimal';
import type { ComputeResult, ItemAdjustment, MaterialEvaluation } from '../domain/types';

/**
 * What `납품단가 변동표` lists, independent of cells: one section per agreement, one group per
 * adjustment (an item whose price changed at a date), one row per material of that group.
 * The table builder and the verifier both read this, so they cannot disagree about rows.
 */

export interface DeliveryTotals {
  readonly quantity: D;
  readonly amountBefore: D;
  readonly amountAfter: D;
  readonly adjustmentAmount: D;
}

export interface ChangeTableRow {
  /** 연번, 1-based across the whole table. */
  readonly serial: number;
  readonly adjustment: ItemAdjustment;
  readonly evaluation: MaterialEvaluation;
  /** The first material row of its adjustment; the delivery totals are written only there. */
  readonly firstOfGroup: boolean;
}

export interface ChangeTableGroup {
  readonly adjustment: ItemAdjustment;
  /** The same item's adjustment just before this one, whose new price is this one's old price. */
  readonly previous: ItemAdjustment | null;
  readonly rows: readonly ChangeTableRow[];
  /** Sums over the deliveries priced by this adjustment; null when it has none. */
  readonly deliveries: DeliveryTotals | null;
}

export interface ChangeTableSection {
  readonly agreementId: string;
  readonly buyer: string;
  readonly supplier: string;
  readonly groups: readonly ChangeTableGroup[];
}

export function changeTableSections(result: ComputeResult): ChangeTableSection[] {
  const parties = new Map<string, { buyer: string; supplier: string }>();
  for (const party of [...result.items, ...result.adjustments]) {
    if (!parties.has(party.agreementId)) {
      parties.set(party.agreementId, { buyer: party.buyer, supplier: party.supplier });
    }
  }
  let serial = 0;
  return [...parties].map(([agreementId, { buyer, supplier }]) => {
    const groups = result.adjustments
      .filter((adjustment) => adjustment.agreementId === agreementId)
      .map((adjustment) => {
        const rows = adjustment.materials.map((evaluation, index) => {
          serial += 1;
          return { serial, adjustment, evaluation, firstOfGroup: index === 0 };
        });
        return {
          adjustment,
          previous: previousAdjustment(result.adjustments, adjustment),
          rows,
          deliveries: deliveryTotals(adjustment),
        };
      });
    return { agreementId, buyer, supplier, groups };
  });
}

function previousAdjustment(
  all: readonly ItemAdjustment[],
  adjustment: ItemAdjustment,
): ItemAdjustment | null {
  return (
    all.find(
      (other) =>
        other.agreementId === adjustment.agreementId &&
        other.item === adjustment.item &&
        other.sequence === adjustment.sequence - 1,
    ) ?? null
  );
}

export function deliveryTotals(adjustment: ItemAdjustment): DeliveryTotals | null {
  if (adjustment.deliveries.length === 0) {
    return null;
  }
  let totals: DeliveryTotals = {
    quantity: ZERO,
    amountBefore: ZERO,
    amountAfter: ZERO,
    adjustmentAmount: ZERO,
  };
  for (const delivery of adjustment.deliveries) {
    totals = {
      quantity: totals.quantity.plus(delivery.quantity),
      amountBefore: totals.amountBefore.plus(delivery.amountBefore),
      amountAfter: totals.amountAfter.plus(delivery.amountAfter),
      adjustmentAmount: totals.adjustmentAmount.plus(delivery.adjustmentAmount),
    };
  }
  return totals;
}

export function hasDeliveryRows(result: ComputeResult): boolean {
  return result.adjustments.some((adjustment) => adjustment.deliveries.length > 0);
}

/** 비중 and 변동률 rows show the share their q derives from. */
export function hasShareRows(result: ComputeResult): boolean {
  return result.adjustments.some((adjustment) =>
    adjustment.materials.some((material) => material.formula !== 'quantity'),
  );
}

export function hasFxInFormulaRows(result: ComputeResult): boolean {
  return result.adjustments.some((adjustment) =>
    adjustment.materials.some((material) => material.fx !== null),
  );
}
