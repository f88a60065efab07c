import type { D } from './decimal';
import type { IsoDate } from './dates';
import type { EvaluationRecord } from './evaluation-record';
import type { AgreementRow, DeliveryOutcome, ItemAdjustment, RoundingMode } from './types';

const NO_DELIVERIES: readonly DeliveryOutcome[] = Object.freeze([]);

/**
 * An adjustment as the engine keeps it: the item's terms are read through its first row, and
 * U_{k−1} + Σδ before rounding is summed again from the materials when someone asks for it.
 */
export class AdjustmentRecord implements ItemAdjustment {
  /** Set once all adjustments are known (deliveries belong to the adjustment in effect). */
  deliveries: readonly DeliveryOutcome[] = NO_DELIVERIES;

  constructor(
    private readonly first: AgreementRow,
    readonly sequence: number,
    readonly adjustmentDate: IsoDate,
    readonly effectiveDate: IsoDate,
    readonly unitPriceBefore: D,
    readonly unitPriceAfter: D,
    /** The result's list of evaluations; this date's are `count` of them from `start`, in row order. */
    private readonly all: readonly EvaluationRecord[],
    private readonly start: number,
    private readonly count: number,
  ) {}

  /** Every material evaluated at this date: triggered first in row order (the order their δ were summed), then the others. */
  get materials(): readonly EvaluationRecord[] {
    const { all, start, count } = this;
    const triggered: EvaluationRecord[] = [];
    const others: EvaluationRecord[] = [];
    for (let index = start; index < start + count; index += 1) {
      const evaluation = all[index];
      if (evaluation === undefined) continue;
      (evaluation.outcome === 'triggered' ? triggered : others).push(evaluation);
    }
    return others.length === 0 ? triggered : [...triggered, ...others];
  }

  get agreementId(): string {
    return this.first.agreementId;
  }
  get buyer(): string {
    return this.first.buyer;
  }
  get supplier(): string {
    return this.first.supplier;
  }
  get item(): string {
    return this.first.item;
  }
  get partNo(): string | null {
    return this.first.partNo;
  }
  get priceDecimals(): number {
    return this.first.priceDecimals;
  }
  get rounding(): RoundingMode {
    return this.first.rounding;
  }
  get unitPriceExact(): D {
    let exact = this.unitPriceBefore;
    for (const material of this.materials) {
      if (material.triggered) exact = exact.plus(material.unitPriceDelta);
    }
    return exact;
  }
}
