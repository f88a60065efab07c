import { D } from '../../../domain/decimal';
import type { ChangeColumnKey } from './columns';
import type { ChangeTableGroup, ChangeTableRow } from './rows';
import { PERCENT_FORMAT, quantityFormatFor, wonFormat, wonFormatFor } from '../formats';
import { COST_KIND_LABEL, FORMULA_LABEL, REFLECTION_MODE_LABEL } from '../korean-labels';
import {
  type CellContent,
  dateContent as date,
  numberContent as number,
  textContent as text,
} from '../output-cell';

/** What a column's cell is made from: one row of the table and its group. */
interface ContentSource {
  readonly row: ChangeTableRow;
  readonly adjustment: ChangeTableRow['adjustment'];
  readonly evaluation: ChangeTableRow['evaluation'];
  readonly decimals: number;
  /** The item's delivery totals, on the first row of its group only. */
  readonly totals: ChangeTableGroup['deliveries'] | null;
  readonly basis: ChangeTableRow['evaluation']['shareBasis'];
}

/** Each column's content, by key; null where the cell stays empty. */
const CONTENT: { readonly [K in ChangeColumnKey]: (source: ContentSource) => CellContent | null } = {
  serial: (c) => number(new D(c.row.serial), '0'),
  agreementId: (c) => text(c.adjustment.agreementId),
  item: (c) => text(c.adjustment.item),
  partNo: (c) =>
    c.adjustment.partNo === null || c.adjustment.partNo === '' ? null : text(c.adjustment.partNo),
  adjustmentDate: (c) => date(c.adjustment.adjustmentDate),
  effectiveDate: (c) => date(c.adjustment.effectiveDate),
  costKind: (c) => text(COST_KIND_LABEL[c.evaluation.costKind]),
  material: (c) => text(c.evaluation.material),
  index: (c) => text(c.evaluation.index),
  formula: (c) => text(FORMULA_LABEL[c.evaluation.formula]),
  materialContent: (c) =>
    number(c.evaluation.materialContent, quantityFormatFor(c.evaluation.materialContent)),
  basePrice: (c) => number(c.evaluation.basePrice, wonFormatFor(c.evaluation.basePrice, 0)),
  comparisonPrice: (c) => number(c.evaluation.comparisonPrice, wonFormatFor(c.evaluation.comparisonPrice, 0)),
  changeRate: (c) => number(c.evaluation.changeRate, PERCENT_FORMAT),
  threshold: (c) => number(c.evaluation.threshold, PERCENT_FORMAT),
  reflectionRatio: (c) => number(c.evaluation.reflectionRatio, PERCENT_FORMAT),
  reflectionMode: (c) => text(REFLECTION_MODE_LABEL[c.evaluation.reflectionMode]),
  unitPriceDelta: (c) =>
    number(c.evaluation.unitPriceDelta, wonFormatFor(c.evaluation.unitPriceDelta, c.decimals)),
  unitPriceBefore: (c) => number(c.adjustment.unitPriceBefore, wonFormat(c.decimals)),
  unitPriceAfter: (c) => number(c.adjustment.unitPriceAfter, wonFormat(c.decimals)),
  deliveredQuantity: (c) => c.totals && number(c.totals.quantity, quantityFormatFor(c.totals.quantity)),
  amountBefore: (c) =>
    c.totals && number(c.totals.amountBefore, wonFormatFor(c.totals.amountBefore, c.decimals)),
  amountAfter: (c) =>
    c.totals && number(c.totals.amountAfter, wonFormatFor(c.totals.amountAfter, c.decimals)),
  adjustmentAmount: (c) =>
    c.totals && number(c.totals.adjustmentAmount, wonFormatFor(c.totals.adjustmentAmount, c.decimals)),
  originalUnitPrice: (c) =>
    c.basis && number(c.basis.originalUnitPrice, wonFormatFor(c.basis.originalUnitPrice, c.decimals)),
  materialShare: ({ evaluation }) => {
    const share = evaluation.shareBasis?.share ?? evaluation.rateShare;
    return share && number(share, PERCENT_FORMAT);
  },
  originalBasePrice: (c) =>
    c.basis && number(c.basis.originalBasePrice, wonFormatFor(c.basis.originalBasePrice, 0)),
  baseFx: (c) => c.evaluation.fx && number(c.evaluation.fx.base, wonFormatFor(c.evaluation.fx.base, 0)),
  comparisonFx: (c) =>
    c.evaluation.fx && number(c.evaluation.fx.comparison, wonFormatFor(c.evaluation.fx.comparison, 0)),
};

/** The engine's value for one column of one row; null where the cell stays empty. */
export function changeCellContent(
  key: ChangeColumnKey,
  row: ChangeTableRow,
  group: ChangeTableGroup,
): CellContent | null {
  const { adjustment, evaluation } = row;
  return CONTENT[key]({
    row,
    adjustment,
    evaluation,
    decimals: adjustment.priceDecimals,
    totals: row.firstOfGroup ? group.deliveries : null,
    basis: evaluation.shareBasis,
  });
}
