import { ZERO, type D } from '../../../domain/decimal';
import type { ComputeResult, ItemAdjustment, MaterialEvaluation } from '../../../domain/types';

/**
 * What `납품단가 변동표` lists, independent of cells: one section per agreement, one group per
 * adjustment (an item whose price changed at a date), one row per material of that group.
 * The table builder and the verifier both read this, so they cannot disagree about rows.
 */

interface DeliveryTotals {
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
  // Indexed once: each agreement's adjustments, and each adjustment's predecessor by key (no scans).
  const byAgreement = new Map<string, ItemAdjustment[]>();
  const bySequence = new Map<string, ItemAdjustment>();
  for (const adjustment of result.adjustments) {
    const list = byAgreement.get(adjustment.agreementId) ?? [];
    list.push(adjustment);
    byAgreement.set(adjustment.agreementId, list);
    bySequence.set(sequenceKey(adjustment.agreementId, adjustment.item, adjustment.sequence), adjustment);
  }
  let serial = 0;
  return [...parties].map(([agreementId, { buyer, supplier }]) => {
    const groups = (byAgreement.get(agreementId) ?? []).map((adjustment) => {
      const rows = adjustment.materials.map((evaluation, index) => {
        serial += 1;
        return { serial, adjustment, evaluation, firstOfGroup: index === 0 };
      });
      return {
        adjustment,
        previous: bySequence.get(sequenceKey(agreementId, adjustment.item, adjustment.sequence - 1)) ?? null,
        rows,
        deliveries: deliveryTotals(adjustment),
      };
    });
    return { agreementId, buyer, supplier, groups };
  });
}

function sequenceKey(agreementId: string, item: string, sequence: number): string {
  return `${agreementId}\u0000${item}\u0000${sequence}`;
}

function deliveryTotals(adjustment: ItemAdjustment): DeliveryTotals | null {
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
