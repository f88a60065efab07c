import type { ItemOutlook, MaterialOutlook, Outlook } from '../../domain/outlook/outlook';
import { type ChartModel, chartModel, keyOf } from '../output/chart-model';

/**
 * One material's chart in the outlook: its history from the engine's evaluations up to the as-of
 * date, then the point its next adjustment would read if the latest prices held (with the band
 * around the base in force then), and the item's unit price stepping to its projected value.
 */
export function outlookChartModel(
  outlook: Outlook,
  item: ItemOutlook,
  material: MaterialOutlook,
): ChartModel {
  const subject = { agreementId: item.agreementId, item: item.item, material: material.material };
  const history = chartModel(outlook.computed, { ...subject, key: keyOf(subject) });
  const unitPrices = [...history.unitPrices];
  if (unitPrices.length === 0 && outlook.asOf !== null) {
    unitPrices.push({ date: outlook.asOf, price: item.currentUnitPrice });
  }
  const next = material.nextAdjustment;
  const { standing } = material;
  if (standing === null || next === null || next === 'event') return { ...history, unitPrices };
  if (item.nextAdjustment === next && item.projectedUnitPrice !== null) {
    unitPrices.push({ date: next, price: item.projectedUnitPrice });
  }
  return {
    ...history,
    unitPrices,
    points: [
      ...history.points,
      {
        date: next,
        comparison: standing.comparisonPrice,
        base: standing.basePrice,
        lower: standing.band.lower,
        upper: standing.band.upper,
        triggered: standing.outcome === 'triggered',
        projected: true,
      },
    ],
  };
}
