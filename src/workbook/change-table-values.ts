import { D } from '../domain/decimal';
import type { ChangeColumnKey } from './change-table-columns';
import type { ChangeTableGroup, ChangeTableRow } from './change-table-rows';
import { PERCENT_FORMAT, quantityFormatFor, wonFormat, wonFormatFor } from './formats';
import { COST_KIND_LABEL, FORMULA_LABEL, REFLECTION_MODE_LABEL } from './korean-labels';
import {
  type CellContent,
  dateContent as date,
  numberContent as number,
  textContent as text,
} from './output-cell';

/** The engine's value for one column of one row; null where the cell stays empty. */
export function changeCellContent(
  key: ChangeColumnKey,
  row: ChangeTableRow,
  group: ChangeTableGroup,
): CellContent | null {
  const { adjustment, evaluation } = row;
  const decimals = adjustment.priceDecimals;
  const totals = row.firstOfGroup ? group.deliveries : null;
  const basis = evaluation.shareBasis;
  switch (key) {
    case 'serial':
      return number(new D(row.serial), '0');
    case 'agreementId':
      return text(adjustment.agreementId);
    case 'item':
      return text(adjustment.item);
    case 'partNo':
      return adjustment.partNo === null || adjustment.partNo === '' ? null : text(adjustment.partNo);
    case 'adjustmentDate':
      return date(adjustment.adjustmentDate);
    case 'effectiveDate':
      return date(adjustment.effectiveDate);
    case 'costKind':
      return text(COST_KIND_LABEL[evaluation.costKind]);
    case 'material':
      return text(evaluation.material);
    case 'index':
      return text(evaluation.index);
    case 'formula':
      return text(FORMULA_LABEL[evaluation.formula]);
    case 'materialContent':
      return number(evaluation.materialContent, quantityFormatFor(evaluation.materialContent));
    case 'basePrice':
      return number(evaluation.basePrice, wonFormatFor(evaluation.basePrice, 0));
    case 'comparisonPrice':
      return number(evaluation.comparisonPrice, wonFormatFor(evaluation.comparisonPrice, 0));
    case 'changeRate':
      return number(evaluation.changeRate, PERCENT_FORMAT);
    case 'threshold':
      return number(evaluation.threshold, PERCENT_FORMAT);
    case 'reflectionRatio':
      return number(evaluation.reflectionRatio, PERCENT_FORMAT);
    case 'reflectionMode':
      return text(REFLECTION_MODE_LABEL[evaluation.reflectionMode]);
    case 'unitPriceDelta':
      return number(evaluation.unitPriceDelta, wonFormatFor(evaluation.unitPriceDelta, decimals));
    case 'unitPriceBefore':
      return number(adjustment.unitPriceBefore, wonFormat(decimals));
    case 'unitPriceAfter':
      return number(adjustment.unitPriceAfter, wonFormat(decimals));
    case 'deliveredQuantity':
      return totals && number(totals.quantity, quantityFormatFor(totals.quantity));
    case 'amountBefore':
      return totals && number(totals.amountBefore, wonFormatFor(totals.amountBefore, decimals));
    case 'amountAfter':
      return totals && number(totals.amountAfter, wonFormatFor(totals.amountAfter, decimals));
    case 'adjustmentAmount':
      return totals && number(totals.adjustmentAmount, wonFormatFor(totals.adjustmentAmount, decimals));
    case 'originalUnitPrice':
      return basis && number(basis.originalUnitPrice, wonFormatFor(basis.originalUnitPrice, decimals));
    case 'materialShare': {
      const share = basis?.share ?? evaluation.rateShare;
      return share && number(share, PERCENT_FORMAT);
    }
    case 'originalBasePrice':
      return basis && number(basis.originalBasePrice, wonFormatFor(basis.originalBasePrice, 0));
    case 'baseFx':
      return evaluation.fx && number(evaluation.fx.base, wonFormatFor(evaluation.fx.base, 0));
    case 'comparisonFx':
      return evaluation.fx && number(evaluation.fx.comparison, wonFormatFor(evaluation.fx.comparison, 0));
  }
}
