import type { D } from './decimal';
import { itemKey } from './items';
import type { Delivery, DeliveryOutcome } from './types';

/** The part of an adjustment that deliveries are priced against. */
export interface PricedPeriod {
  readonly itemKey: string;
  readonly effectiveDate: string;
  readonly unitPriceBefore: D;
  readonly unitPriceAfter: D;
}

/**
 * Attributes each delivery to the adjustment in effect on its date (the latest whose effective
 * date is on or before it) and prices it before and after that adjustment. Deliveries before an
 * item's first effective date owe nothing and are not listed.
 */
export function priceDeliveries(
  deliveries: readonly Delivery[],
  periods: readonly PricedPeriod[],
  knownItems: ReadonlySet<string>,
): Map<PricedPeriod, DeliveryOutcome[]> {
  const outcomes = new Map<PricedPeriod, DeliveryOutcome[]>();
  const periodsByItem = new Map<string, PricedPeriod[]>();
  for (const period of periods) {
    const list = periodsByItem.get(period.itemKey) ?? [];
    list.push(period);
    periodsByItem.set(period.itemKey, list);
  }
  for (const delivery of deliveries) {
    const key = itemKey(delivery.agreementId, delivery.item);
    // The sheet reader reports deliveries of unknown items (also of rows it had to drop for
    // another error); here they are simply not priced, so one mistake is reported once.
    if (!knownItems.has(key)) {
      continue;
    }
    const inEffect = latestOnOrBefore(periodsByItem.get(key) ?? [], delivery.date);
    if (!inEffect) {
      continue;
    }
    const amountBefore = delivery.quantity.times(inEffect.unitPriceBefore);
    const amountAfter = delivery.quantity.times(inEffect.unitPriceAfter);
    const list = outcomes.get(inEffect) ?? [];
    list.push({
      origin: delivery.origin,
      date: delivery.date,
      quantity: delivery.quantity,
      unitPriceBefore: inEffect.unitPriceBefore,
      unitPriceAfter: inEffect.unitPriceAfter,
      amountBefore,
      amountAfter,
      adjustmentAmount: amountAfter.minus(amountBefore),
    });
    outcomes.set(inEffect, list);
  }
  for (const list of outcomes.values()) {
    list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }
  return outcomes;
}

function latestOnOrBefore(periods: readonly PricedPeriod[], date: string): PricedPeriod | null {
  let found: PricedPeriod | null = null;
  for (const period of periods) {
    if (period.effectiveDate <= date && (found === null || period.effectiveDate >= found.effectiveDate)) {
      found = period;
    }
  }
  return found;
}
