import { AdjustmentRecord } from './adjustment-record';
import { defaultAsOf } from './as-of';
import { BasePrices } from './base-prices';
import { ComparisonTables } from './comparison-table';
import { type D, sameValue, ZERO } from './decimal';
import { addDays, type IsoDate, monthOf } from './dates';
import { priceDeliveries } from './deliveries';
import { EvaluationRecord } from './evaluation-record';
import { ExactSum } from './exact-sum';
import { fastOutcome } from './fast-threshold';
import { moveOutcome, triggeredMove, unitPriceDelta } from './formula';
import { engineIssue, type Issue } from './issues';
import { consistencyIssues, groupItems, type ItemGroup, itemKey } from './items';
import { agreementWarnings } from './legal-warnings';
import { buildMaterialStates, lookupError, type MaterialState, ScheduleCache } from './material-states';
import { placeOf } from './origin';
import { PriceBook } from './price-book';
import { roundUnitPrice } from './rounding';
import { decimalOfScaled, type Scaled, scaledOf } from './scaled-integer';
import type { AgreementRow, ComputeResult, Delivery, EngineInput, ItemSummary } from './types';
import { WholeMoves } from './whole-moves';

/** Computes every adjustment of every item (DOMAIN §3). Never throws on bad data: it reports issues. */
export function compute(input: EngineInput): ComputeResult {
  const { book, issues: bookIssues } = PriceBook.build(input.prices, input.fxRates);
  const keys = input.agreements.map((row) => itemKey(row.agreementId, row.item));
  const consistency = consistencyIssues(input.agreements, keys);
  const issues: Issue[] = [...bookIssues, ...consistency.issues, ...agreementIssues(input.agreements)];
  const asOf = input.asOf ?? defaultAsOf(input.agreements, book);
  const groups = groupItems(input.agreements, keys);
  const computed = computeItems(groups, consistency.blockedItems, book, asOf);
  issues.push(...computed.issues);
  if (input.deliveries.length > 0) {
    priceAdjustmentDeliveries(input.deliveries, computed.adjustments, groups);
  }
  const { adjustments, evaluations, items } = computed;
  return { asOf, adjustments, evaluations, items, issues: withoutRepeats(issues) };
}

/** Warnings about each agreement's terms, once per agreement. */
function agreementIssues(rows: readonly AgreementRow[]): Issue[] {
  const issues: Issue[] = [];
  const seenAgreements = new Set<string>();
  for (const row of rows) {
    if (!seenAgreements.has(row.agreementId)) {
      seenAgreements.add(row.agreementId);
      issues.push(...agreementWarnings(row));
    }
  }
  return issues;
}

interface ItemsComputed {
  readonly adjustments: AdjustmentRecord[];
  readonly evaluations: EvaluationRecord[];
  readonly items: ItemSummary[];
  readonly issues: Issue[];
}

/** Every item in turn, sharing the caches; blocked items are summed up but not computed. */
function computeItems(
  groups: readonly ItemGroup[],
  blockedItems: ReadonlySet<string>,
  book: PriceBook,
  asOf: IsoDate | null,
): ItemsComputed {
  const caches: EngineCaches = {
    schedules: new ScheduleCache(),
    comparisons: new ComparisonTables(book),
    basePrices: new BasePrices(book),
    moves: new WholeMoves(),
  };
  const computed: ItemsComputed = { adjustments: [], evaluations: [], items: [], issues: [] };
  for (const group of groups) {
    const outcome = blockedItems.has(group.key)
      ? null
      : computeItem(group, book, asOf, caches, computed.evaluations);
    const first = group.rows[0];
    if (!first) continue;
    if (outcome) {
      computed.issues.push(...outcome.issues);
      for (const adjustment of outcome.adjustments) computed.adjustments.push(adjustment);
    }
    computed.items.push(itemSummary(first, group, outcome));
  }
  return computed;
}

function itemSummary(first: AgreementRow, group: ItemGroup, outcome: ItemOutcome | null): ItemSummary {
  return {
    agreementId: first.agreementId,
    buyer: first.buyer,
    supplier: first.supplier,
    item: first.item,
    partNo: first.partNo,
    materials: group.rows.map((row) => row.material),
    originalUnitPrice: first.unitPrice,
    currentUnitPrice: outcome?.currentUnitPrice ?? first.unitPrice,
    adjustmentCount: outcome?.adjustments.length ?? 0,
    evaluationCount: outcome?.evaluationCount ?? 0,
    complete: outcome?.complete ?? false,
  };
}

/** Attaches to each adjustment the deliveries it prices (priceDeliveries decides which). */
function priceAdjustmentDeliveries(
  deliveries: readonly Delivery[],
  adjustments: readonly AdjustmentRecord[],
  groups: readonly ItemGroup[],
): void {
  const periods = adjustments.map((adjustment) => ({
    period: {
      itemKey: itemKey(adjustment.agreementId, adjustment.item),
      effectiveDate: adjustment.effectiveDate,
      unitPriceBefore: adjustment.unitPriceBefore,
      unitPriceAfter: adjustment.unitPriceAfter,
    },
    adjustment,
  }));
  const delivered = priceDeliveries(
    deliveries,
    periods.map((entry) => entry.period),
    new Set(groups.map((group) => group.key)),
  );
  for (const { period, adjustment } of periods) {
    const priced = delivered.get(period);
    if (priced) adjustment.deliveries = priced;
  }
}

/** The sheet reader and the engine may both flag one cell for one reason; say it once. */
function withoutRepeats(issues: readonly Issue[]): Issue[] {
  // By sheet, then cell, then code: no key string to build per issue. Most cells have one code:
  // a set only from a cell's second.
  const seen = new Map<string, Map<string, string | Set<string>>>();
  return issues.filter((issue) => {
    let cells = seen.get(issue.sheet);
    if (cells === undefined) seen.set(issue.sheet, (cells = new Map()));
    const codes = cells.get(issue.cell);
    if (codes === undefined) {
      cells.set(issue.cell, issue.code);
      return true;
    }
    if (typeof codes === 'string') {
      if (codes === issue.code) return false;
      cells.set(issue.cell, new Set([codes, issue.code]));
      return true;
    }
    if (codes.has(issue.code)) return false;
    codes.add(issue.code);
    return true;
  });
}

interface ItemOutcome {
  readonly adjustments: readonly AdjustmentRecord[];
  readonly evaluationCount: number;
  readonly issues: Issue[];
  readonly currentUnitPrice: D;
  readonly complete: boolean;
}

interface EngineCaches {
  readonly schedules: ScheduleCache;
  readonly comparisons: ComparisonTables;
  readonly basePrices: BasePrices;
  readonly moves: WholeMoves;
}

/** Walks one item's dates, appending its evaluations to `evaluations`. */
function computeItem(
  group: ItemGroup,
  book: PriceBook,
  asOf: IsoDate | null,
  caches: EngineCaches,
  evaluations: EvaluationRecord[],
): ItemOutcome {
  const first = group.rows[0];
  const stopped = (issues: Issue[], currentUnitPrice: D): ItemOutcome => ({
    adjustments: [],
    evaluationCount: 0,
    issues,
    currentUnitPrice,
    complete: false,
  });
  if (!first || asOf === null) return stopped([], first?.unitPrice ?? ZERO);
  const built = buildMaterialStates(group.rows, book, asOf, caches);
  if (!built.ok) return stopped(built.issues, first.unitPrice);
  const issues = built.issues;
  if (group.rows.length > 1) issues.push(...lagWarnings(group.rows));
  const walk = new ItemWalk(first, built.states, issues, evaluations, caches.moves);
  for (const date of itemDates(built.states)) {
    if (!walk.step(date, book)) break;
  }
  return {
    adjustments: walk.adjustments,
    evaluationCount: walk.evaluationCount,
    issues,
    currentUnitPrice: walk.unitPrice,
    complete: walk.complete,
  };
}

/** The move context of a formula that does not read the price in force (투입량, 비중) without FX in it. */
const NO_CONTEXT = { unitPriceBefore: ZERO, fx: null } as const;

/** Most items' rows share one schedule (ScheduleCache hands out one set per schedule): sort it once. */
const sortedSchedules = new WeakMap<ReadonlySet<IsoDate>, readonly IsoDate[]>();

/** The union of the item's adjustment dates, ascending. */
function itemDates(states: readonly MaterialState[]): readonly IsoDate[] {
  const shared = states[0]?.dates;
  if (shared === undefined) return [];
  if (states.every((state) => state.dates === shared)) {
    let sorted = sortedSchedules.get(shared);
    if (sorted === undefined) {
      sorted = [...shared].sort();
      sortedSchedules.set(shared, sorted);
    }
    return sorted;
  }
  return [...new Set(states.flatMap((state) => [...state.dates]))].sort();
}

function lagWarnings(rows: readonly AgreementRow[]): Issue[] {
  const first = rows[0];
  const other = rows.find((row) => row.effectiveLagDays !== first?.effectiveLagDays);
  if (!first || !other) return [];
  return [
    engineIssue({
      severity: 'warning',
      code: 'ITEM_LAG_DIFFERS',
      at: placeOf(other.origin, 'effectiveLagDays'),
      fields: { item: first.item, firstRow: first.origin.row, days: first.effectiveLagDays },
    }),
  ];
}

/** The walk over one item's adjustment dates (DOMAIN §3.3–3.4): the price and the bases in force. */
class ItemWalk {
  readonly adjustments: AdjustmentRecord[] = [];
  unitPrice: D;
  complete = true;
  /** Where this item's evaluations start in the result's list. */
  private readonly start: number;
  /** Every material shares one schedule, so every one is due on every date of the item. */
  private readonly allDue: boolean;
  /** The price in force as a safe integer and scale (null when it is none), for `sum`. */
  private scaledUnitPrice: Scaled | null;
  /** The integer form of the price `roundedSum` returned last (null when it has none). */
  private roundedScaled: Scaled | null = null;
  /** U_{k−1} + Σδ in integers where that is exact (exact-sum.ts): reused from date to date. */
  private readonly sum = new ExactSum();

  constructor(
    private readonly first: AgreementRow,
    private readonly states: readonly MaterialState[],
    private readonly issues: Issue[],
    /** The result's list of every evaluation: this item's go at its end, in date order. */
    private readonly evaluations: EvaluationRecord[],
    private readonly moves: WholeMoves,
  ) {
    this.unitPrice = first.unitPrice;
    this.scaledUnitPrice = scaledOf(first.unitPrice);
    this.start = evaluations.length;
    this.allDue = states.every((state) => state.dates === states[0]?.dates);
  }

  get evaluationCount(): number {
    return this.evaluations.length - this.start;
  }

  /** The states of the date being stepped, in the order of its evaluations: scratch space reused from date to date. */
  private readonly atDateStates: MaterialState[] = [];

  /** Evaluates every material due on `date`; false when an error stops the item. */
  step(date: IsoDate, book: PriceBook): boolean {
    const { evaluations, atDateStates, sum } = this;
    // The date's evaluations go straight onto the result's list; an error takes them off again.
    const firstOfDate = evaluations.length;
    let count = 0;
    // U_{k−1} + Σδ over the triggered materials, in row order: in integers while that is exact.
    sum.start(this.scaledUnitPrice);
    let triggered = 0;
    for (const state of this.states) {
      if (!this.allDue && !state.dates.has(date)) continue;
      const evaluation = this.evaluateAt(state, date, book);
      if (evaluation === null) {
        evaluations.length = firstOfDate;
        return this.stop();
      }
      evaluations.push(evaluation);
      atDateStates[count] = state;
      count += 1;
      if (evaluation.outcome === 'triggered') {
        triggered += 1;
        if (sum.exact) this.addScaledDelta(state, evaluation);
      }
    }
    if (triggered === 0) return true;
    const rounded = this.roundedSum(firstOfDate, count);
    // An adjustment happens only when the price actually changed; otherwise no base moves (§3.4).
    if (rounded === null) return this.priceUnchanged(firstOfDate, count);
    if (rounded.isNeg() || rounded.isZero()) {
      // The date's evaluations stay listed: they show why the price would have gone to zero.
      this.issues.push(notPositive(this.first, date, rounded));
      return this.stop();
    }
    this.adjustments.push(
      new AdjustmentRecord(
        this.first,
        this.adjustments.length + 1,
        date,
        this.first.effectiveLagDays === 0 ? date : addDays(date, this.first.effectiveLagDays),
        this.unitPrice,
        rounded,
        evaluations,
        firstOfDate,
        count,
      ),
    );
    this.unitPrice = rounded;
    this.scaledUnitPrice = this.roundedScaled;
    // Rolling base: a triggered material compares against its new price (and FX) from now on.
    for (let index = 0; index < count; index += 1) {
      const evaluation = evaluations[firstOfDate + index];
      const state = atDateStates[index];
      if (evaluation?.outcome === 'triggered' && state) state.inForce = evaluation.nextBase();
    }
    return true;
  }

  /**
   * U_{k−1} + Σδ rounded (DOMAIN §3.4), or null when that is the price in force. In integers where
   * `sum` stayed exact and the result is a positive safe integer (the very number decimal.js
   * gives, read back into decimal.js from its digits); in decimal.js otherwise.
   */
  private roundedSum(firstOfDate: number, count: number): D | null {
    const { sum, first } = this;
    const fast = sum.roundedTo(first.priceDecimals, first.rounding);
    if (fast !== null && fast.units > 0) {
      const before = this.scaledUnitPrice;
      // Canonical forms (scaled-integer.ts) are equal exactly when the prices are.
      if (before !== null && fast.units === before.units && fast.scale === before.scale) return null;
      this.roundedScaled = fast;
      return decimalOfScaled(fast.units, fast.scale);
    }
    const exact = sum.exact ? sum.total() : this.decimalSum(firstOfDate, count);
    const rounded = roundUnitPrice(exact, first.priceDecimals, first.rounding);
    if (rounded.isPos() && !rounded.isZero() && sameValue(rounded, this.unitPrice)) return null;
    this.roundedScaled = scaledOf(rounded);
    return rounded;
  }

  /** The date's triggered materials left the rounded price as it was: no adjustment, no base moves (§3.4). */
  private priceUnchanged(firstOfDate: number, count: number): true {
    for (let index = firstOfDate; index < firstOfDate + count; index += 1) {
      const evaluation = this.evaluations[index];
      if (evaluation?.outcome === 'triggered') evaluation.outcome = 'priceUnchanged';
    }
    return true;
  }

  /**
   * Adds δ = (q · ρ) · M to `sum` where the row's δ is that product (투입량, 전액, no FX in the
   * formula) and both factors have exact integer forms; otherwise the sum is left to decimal.js.
   */
  private addScaledDelta(state: MaterialState, evaluation: EvaluationRecord): void {
    const plan = state.deltaPlan;
    const factor = plan.exactQuantityTimesRatio;
    const moved =
      factor === null || state.fxInFormula || state.row.reflectionMode !== 'whole'
        ? null
        : this.moves.exactMoveFrom(evaluation.basePoint, evaluation.comparisonPoint);
    if (factor === null || moved === null) this.sum.abandon();
    else this.sum.addProduct(factor, moved, plan.maxMoveDigits);
  }

  /** U_{k−1} + Σδ of the date's triggered evaluations, in row order, in decimal.js. */
  private decimalSum(firstOfDate: number, count: number): D {
    let exact = this.unitPrice;
    for (let index = 0; index < count; index += 1) {
      const evaluation = this.evaluations[firstOfDate + index];
      const state = this.atDateStates[index];
      if (evaluation?.outcome === 'triggered' && state) exact = exact.plus(this.deltaOf(state, evaluation));
    }
    return exact;
  }

  /** δ of a triggered evaluation: the same operations as its own `move()`, with a shared M where it is P − B. */
  private deltaOf(state: MaterialState, evaluation: EvaluationRecord): D {
    if (state.fxInFormula || state.row.reflectionMode !== 'whole') {
      const base = evaluation.basePoint;
      const context = { unitPriceBefore: this.unitPrice, fx: evaluation.fx };
      const comparison = evaluation.comparisonPoint;
      return triggeredMove(state.terms, base.price, comparison.price, context, state.deltaPlan)
        .unitPriceDelta;
    }
    const base = evaluation.basePoint;
    const moved = this.moves.moveFrom(base, evaluation.comparisonPoint);
    // Only 변동률 reads the price in force: the others share one context.
    const context = state.row.formula === 'rate' ? { unitPriceBefore: this.unitPrice, fx: null } : NO_CONTEXT;
    return unitPriceDelta(state.terms, base.price, moved, context, state.deltaPlan);
  }

  private stop(): false {
    this.complete = false;
    return false;
  }

  private evaluateAt(state: MaterialState, date: IsoDate, book: PriceBook): EvaluationRecord | null {
    const { row } = state;
    const comparison = state.comparisons.at(date);
    if (!comparison.ok) {
      this.issues.push(lookupError(row, 'index', comparison, `조정일 ${date}의 비교시점`));
      return null;
    }
    // A monthly observation is dated the 1st and speaks for its month: warn only past that month.
    if (
      comparison.latestObservation !== undefined &&
      monthOf(comparison.point.reference) > monthOf(comparison.latestObservation)
    ) {
      this.issues.push(staleWarning(row, date, comparison.point.reference, comparison.latestObservation));
    }
    let fxRate: D | null = null;
    if (state.fxInFormula) {
      const rate = book.fxRateOn(row.index, date);
      if (!rate.ok || state.inForce.fx === null) {
        if (!rate.ok) this.issues.push(lookupError(row, 'index', rate, `조정일 ${date}의 환율`));
        return null;
      }
      fxRate = rate.price;
    }
    const base = state.inForce;
    const point = fxRate === null ? comparison.point : { ...comparison.point, fx: fxRate };
    const outcome =
      fastOutcome(base.float, point.float, state.thresholdFloat, row.direction) ??
      moveOutcome(state.terms, base.price, point.price);
    return new EvaluationRecord(state.facts, base, point, this.unitPrice, outcome);
  }
}

function notPositive(first: AgreementRow, date: IsoDate, rounded: D): Issue {
  return engineIssue({
    severity: 'error',
    code: 'UNIT_PRICE_NOT_POSITIVE',
    at: placeOf(first.origin, 'unitPrice'),
    fields: { item: first.item, date, price: rounded.toFixed() },
  });
}

function staleWarning(row: AgreementRow, date: IsoDate, reference: string, latest: IsoDate): Issue {
  return engineIssue({
    severity: 'warning',
    code: 'PRICE_BEYOND_DATA',
    at: placeOf(row.origin, 'index'),
    fields: { item: row.item, material: row.material, date, reference, index: row.index, latest },
  });
}
