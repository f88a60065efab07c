import { type D, ZERO } from '../decimal';
import { addMonthsClamped, type IsoDate } from '../dates';
import { compute } from '../engine';
import type { Issue } from '../issues';
import { groupItems, itemKey } from '../items';
import type { AgreementRow, ComputeResult, Direction, EngineInput, ItemSummary, RowOrigin } from '../types';
import type { Shock } from './assumed-prices';
import { earliestDate, nextAdjustmentOf } from './next-adjustment';
import { ProjectionRuns } from './projection-runs';
import { type Standing, standingOf } from './standing';

export interface OutlookOptions {
  /** The as-of date; null = the engine's default (the last date every needed price covers). */
  readonly asOf: IsoDate | null;
  readonly shocks: readonly Shock[];
}

export interface MaterialOutlook {
  readonly origin: RowOrigin;
  readonly material: string;
  readonly index: string;
  /** The row's own next adjustment; 'event' for 수시 (unknown: whenever the index is next observed). */
  readonly nextAdjustment: IsoDate | 'event' | null;
  /** "KRW", or the index's own currency with FX in the formula (F4); null without a standing. */
  readonly currency: string | null;
  readonly threshold: D;
  readonly direction: Direction;
  /**
   * Against the base in force, at the row's next adjustment if the latest prices held (수시: a
   * new observation at the latest price); null when the item is blocked or has no date left.
   */
  readonly standing: Standing | null;
}

export type ItemStatus = 'scheduled' | 'event' | 'ended' | 'blocked';

export interface ItemOutlook {
  readonly agreementId: string;
  readonly buyer: string;
  readonly supplier: string;
  readonly item: string;
  readonly partNo: string | null;
  readonly currentUnitPrice: D;
  /** scheduled: a next date; event: 수시 rows only; ended: no date left; blocked: an error stops the item. */
  readonly status: ItemStatus;
  readonly nextAdjustment: IsoDate | null;
  /** The unit price in force on the next adjustment date if the latest prices held. */
  readonly projectedUnitPrice: D | null;
  /** The same with the shocks applied; null without shocks. */
  readonly shockedUnitPrice: D | null;
  /** shocked − projected, per unit. */
  readonly shockEffect: D | null;
  /** Delivered in the 12 months up to the as-of date. */
  readonly deliveredQuantity: D;
  /** shockEffect × deliveredQuantity. */
  readonly deliveredEffect: D | null;
  readonly materials: readonly MaterialOutlook[];
}

export interface Outlook {
  readonly asOf: IsoDate | null;
  readonly shocks: readonly Shock[];
  /** Deliveries dated after `from` and on or before `to` count as the last 12 months. */
  readonly deliveryWindow: { readonly from: IsoDate; readonly to: IsoDate } | null;
  readonly items: readonly ItemOutlook[];
  /** Σ deliveredEffect; null without shocks. */
  readonly totalShockEffect: D | null;
  readonly issues: readonly Issue[];
  /** The engine's result up to the as-of date: the history the outlook continues. */
  readonly computed: ComputeResult;
}

/** The adjustment outlook (issue 13 part 3): see docs/calculation.md, 전망. */
export function outlook(input: EngineInput, options: OutlookOptions): Outlook {
  const current = compute({ ...input, asOf: options.asOf });
  const asOf = current.asOf;
  if (asOf === null) {
    return {
      asOf,
      shocks: options.shocks,
      deliveryWindow: null,
      items: [],
      totalShockEffect: null,
      issues: current.issues,
      computed: current,
    };
  }
  const runs = new ProjectionRuns(publishedBy(input, asOf), asOf, options.shocks);
  const deliveryWindow = { from: addMonthsClamped(asOf, -12), to: asOf };
  const summaries = new Map(
    current.items.map((summary) => [itemKey(summary.agreementId, summary.item), summary]),
  );
  const delivered = deliveredByItem(input, deliveryWindow);
  const plans = groupItems(input.agreements).flatMap((group) => {
    const summary = summaries.get(group.key);
    if (!summary) return [];
    const rowDates = group.rows.map((row) => nextAdjustmentOf(row, asOf));
    if (summary.complete) runs.plan(group.rows, rowDates);
    return [{ rows: group.rows, summary, rowDates, key: group.key }];
  });
  const items = plans.map(({ rows, summary, rowDates, key }) =>
    itemOutlook(rows, rowDates, summary, {
      runs,
      shocks: options.shocks,
      delivered: delivered.get(key) ?? ZERO,
    }),
  );
  const withShocks = options.shocks.length > 0;
  const totalShockEffect = withShocks
    ? items.reduce((total, item) => total.plus(item.deliveredEffect ?? ZERO), ZERO)
    : null;
  return {
    asOf,
    shocks: options.shocks,
    deliveryWindow,
    items,
    totalShockEffect,
    issues: runs.issuesBeyond(current.issues),
    computed: current,
  };
}

interface ItemContext {
  readonly runs: ProjectionRuns;
  readonly shocks: readonly Shock[];
  readonly delivered: D;
}

function itemOutlook(
  rows: readonly AgreementRow[],
  rowDates: readonly (IsoDate | 'event' | null)[],
  summary: ItemSummary,
  context: ItemContext,
): ItemOutlook {
  const { runs, shocks, delivered } = context;
  const key = itemKey(summary.agreementId, summary.item);
  const next = earliestDate(rowDates);
  const status: ItemStatus = !summary.complete
    ? 'blocked'
    : next !== null
      ? 'scheduled'
      : rowDates.includes('event')
        ? 'event'
        : 'ended';
  const projected = status === 'scheduled' && next !== null ? runs.unitPrice(key, next, false) : null;
  const shocked =
    projected !== null && next !== null && shocks.length > 0 ? runs.unitPrice(key, next, true) : null;
  const shockEffect = projected !== null && shocked !== null ? shocked.minus(projected) : null;
  return {
    agreementId: summary.agreementId,
    buyer: summary.buyer,
    supplier: summary.supplier,
    item: summary.item,
    partNo: summary.partNo,
    currentUnitPrice: summary.currentUnitPrice,
    status,
    nextAdjustment: next,
    projectedUnitPrice: projected,
    shockedUnitPrice: shocked,
    shockEffect,
    deliveredQuantity: delivered,
    deliveredEffect: shockEffect === null ? null : shockEffect.times(delivered),
    materials: rows.map((row, index) =>
      materialOutlook(row, rowDates[index] ?? null, status === 'blocked' ? null : runs),
    ),
  };
}

function materialOutlook(
  row: AgreementRow,
  next: IsoDate | 'event' | null,
  runs: ProjectionRuns | null,
): MaterialOutlook {
  const evaluation =
    runs === null || next === null
      ? null
      : next === 'event'
        ? runs.nextEventEvaluation(row)
        : runs.evaluation(row, next);
  return {
    origin: row.origin,
    material: row.material,
    index: row.index,
    nextAdjustment: next,
    currency: evaluation?.currency ?? null,
    threshold: row.threshold,
    direction: row.direction,
    standing:
      evaluation === null
        ? null
        : standingOf(evaluation.basePrice, evaluation.comparisonPrice, row.threshold, row.direction),
  };
}

/**
 * The outlook stands on the as-of date: prices and FX rates dated after it are left out, so that
 * "the latest price" is the one known then, and a shock starts from there.
 */
function publishedBy(input: EngineInput, asOf: IsoDate): EngineInput {
  return {
    ...input,
    prices: input.prices.filter((price) => price.point.date <= asOf),
    fxRates: input.fxRates.filter((rate) => rate.point.date <= asOf),
  };
}

/** Per item, the quantity delivered after `window.from` and on or before `window.to`. */
function deliveredByItem(input: EngineInput, window: { from: IsoDate; to: IsoDate }): Map<string, D> {
  const totals = new Map<string, D>();
  for (const delivery of input.deliveries) {
    if (delivery.date <= window.from || delivery.date > window.to) continue;
    const key = itemKey(delivery.agreementId, delivery.item);
    totals.set(key, (totals.get(key) ?? ZERO).plus(delivery.quantity));
  }
  return totals;
}
