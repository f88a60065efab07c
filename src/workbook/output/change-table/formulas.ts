import { address, rangeAddress } from '../../grid/cells';
import type { ChangeColumnKey, ChangeTableLayout } from './columns';
import type { ChangeTableGroup, ChangeTableRow } from './rows';
import {
  amountFormula,
  changeRateFormula,
  deltaFormula,
  differenceFormula,
  referenceFormula,
  shareContentFormula,
  unitPriceAfterFormula,
} from '../excel-formulas';

/** Where one data row of the change table sits, for building its formulas' references. */
export interface RowPlacement {
  readonly layout: ChangeTableLayout;
  readonly group: ChangeTableGroup;
  readonly tableRow: ChangeTableRow;
  /** 1-based worksheet row of this data row. */
  readonly row: number;
  /** First and last worksheet rows of the group (one adjustment of one item). */
  readonly groupFirst: number;
  readonly groupLast: number;
  /** First row of the same item's previous adjustment, when the table has it. */
  readonly previousRow: number | undefined;
}

/** The live formula of a derived cell, or undefined for a cell that holds a plain value. */
export function changeCellFormula(key: ChangeColumnKey, at: RowPlacement): string | undefined {
  const { layout, group, tableRow } = at;
  const { evaluation, adjustment } = tableRow;
  const ref = (column: ChangeColumnKey): string => address(at.row, layout.columnOf(column));
  switch (key) {
    case 'materialContent':
      if (evaluation.shareBasis && layout.has('originalUnitPrice')) {
        return shareContentFormula(ref('originalUnitPrice'), ref('materialShare'), ref('originalBasePrice'));
      }
      // 변동률: q = U_{k−1} · s / B, the price in force and the base in force of this row.
      return evaluation.rateShare && layout.has('materialShare')
        ? shareContentFormula(ref('unitPriceBefore'), ref('materialShare'), ref('basePrice'))
        : undefined;
    case 'changeRate':
      return changeRateFormula(ref('basePrice'), ref('comparisonPrice'));
    case 'unitPriceDelta':
      return deltaFormula(evaluation.reflectionMode, evaluation.direction, {
        content: ref('materialContent'),
        base: ref('basePrice'),
        comparison: ref('comparisonPrice'),
        threshold: ref('threshold'),
        ratio: ref('reflectionRatio'),
        fx:
          evaluation.fx && layout.has('baseFx')
            ? { base: ref('baseFx'), comparison: ref('comparisonFx') }
            : undefined,
      });
    case 'unitPriceBefore':
      // The old price is the previous adjustment's new price: linking them makes the chain auditable.
      return at.previousRow !== undefined && group.previous?.unitPriceAfter.eq(adjustment.unitPriceBefore)
        ? referenceFormula(address(at.previousRow, layout.columnOf('unitPriceAfter')))
        : undefined;
    case 'unitPriceAfter': {
      const deltas = layout.columnOf('unitPriceDelta');
      return unitPriceAfterFormula(
        adjustment.rounding,
        adjustment.priceDecimals,
        ref('unitPriceBefore'),
        rangeAddress(at.groupFirst, deltas, at.groupLast, deltas),
      );
    }
    default:
      return deliveryFormula(key, group, tableRow, ref);
  }
}

/**
 * Delivery amounts as 수량 × 단가 — only where that product is exactly the engine's sum, so the
 * formula can never show another number than the one computed.
 */
function deliveryFormula(
  key: ChangeColumnKey,
  group: ChangeTableGroup,
  tableRow: ChangeTableRow,
  ref: (key: ChangeColumnKey) => string,
): string | undefined {
  const totals = tableRow.firstOfGroup ? group.deliveries : null;
  if (totals === null) {
    return undefined;
  }
  const { unitPriceBefore, unitPriceAfter } = tableRow.adjustment;
  switch (key) {
    case 'amountBefore':
      return totals.quantity.times(unitPriceBefore).eq(totals.amountBefore)
        ? amountFormula(ref('deliveredQuantity'), ref('unitPriceBefore'))
        : undefined;
    case 'amountAfter':
      return totals.quantity.times(unitPriceAfter).eq(totals.amountAfter)
        ? amountFormula(ref('deliveredQuantity'), ref('unitPriceAfter'))
        : undefined;
    case 'adjustmentAmount':
      return totals.amountAfter.minus(totals.amountBefore).eq(totals.adjustmentAmount)
        ? differenceFormula(ref('amountAfter'), ref('amountBefore'))
        : undefined;
    default:
      return undefined;
  }
}
