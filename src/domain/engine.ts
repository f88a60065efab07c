import { defaultAsOf } from './as-of';
import { D, DisplayRatio, ZERO } from './decimal';
import { addDays, type IsoDate, monthOf } from './dates';
import { priceDeliveries, type PricedPeriod } from './deliveries';
import { evaluateMove } from './formula';
import { error, type Issue, warning } from './issues';
import { consistencyIssues, groupItems, type ItemGroup } from './items';
import { agreementWarnings } from './legal-warnings';
import { buildMaterialStates, lookupError, type MaterialState, ScheduleCache } from './material-states';
import { cellOf } from './origin';
import { PriceBook } from './price-book';
import { roundUnitPrice } from './rounding';
import type {
  AgreementRow,
  ComputeResult,
  EngineInput,
  ItemAdjustment,
  ItemSummary,
  MaterialEvaluation,
} from './types';

/** Computes every adjustment of every item (DOMAIN §3). Never throws on bad data: it reports issues. */
export function compute(input: EngineInput): ComputeResult {
  const issues: Issue[] = [];
  const { book, issues: bookIssues } = PriceBook.build(input.prices, input.fxRates);
  issues.push(...bookIssues);
  const consistency = consistencyIssues(input.agreements);
  issues.push(...consistency.issues);
  const seenAgreements = new Set<string>();
  for (const row of input.agreements) {
    if (!seenAgreements.has(row.agreementId)) {
      seenAgreements.add(row.agreementId);
      issues.push(...agreementWarnings(row));
    }
  }

  const asOf = input.asOf ?? defaultAsOf(input.agreements, book);
  const schedules = new ScheduleCache();
  const adjustments: ItemAdjustment[] = [];
  const evaluations: MaterialEvaluation[] = [];
  const items: ItemSummary[] = [];
  const periods: { period: PricedPeriod; adjustment: MutableAdjustment }[] = [];

  for (const group of groupItems(input.agreements)) {
    const outcome = consistency.blockedItems.has(group.key)
      ? null
      : computeItem(group, book, asOf, schedules);
    const first = group.rows[0];
    if (!first) {
      continue;
    }
    if (outcome) {
      issues.push(...outcome.issues);
      evaluations.push(...outcome.evaluations);
      for (const adjustment of outcome.adjustments) {
        adjustments.push(adjustment);
        periods.push({
          period: {
            itemKey: group.key,
            effectiveDate: adjustment.effectiveDate,
            unitPriceBefore: adjustment.unitPriceBefore,
            unitPriceAfter: adjustment.unitPriceAfter,
          },
          adjustment,
        });
      }
    }
    items.push({
      agreementId: first.agreementId,
      buyer: first.buyer,
      supplier: first.supplier,
      item: first.item,
      partNo: first.partNo,
      materials: group.rows.map((row) => row.material),
      originalUnitPrice: first.unitPrice,
      currentUnitPrice: outcome?.currentUnitPrice ?? first.unitPrice,
      adjustmentCount: outcome?.adjustments.length ?? 0,
      evaluationCount: outcome?.evaluations.length ?? 0,
      complete: outcome?.complete ?? false,
    });
  }

  const delivered = priceDeliveries(
    input.deliveries,
    periods.map((entry) => entry.period),
    new Set(groupItems(input.agreements).map((group) => group.key)),
  );
  for (const { period, adjustment } of periods) {
    adjustment.deliveries = delivered.get(period) ?? [];
  }

  return { asOf, adjustments, evaluations, items, issues: withoutRepeats(issues) };
}

/** The sheet reader and the engine may both flag one cell for one reason; say it once. */
function withoutRepeats(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.sheet}\u0000${issue.cell}\u0000${issue.code}`;
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
}

type MutableAdjustment = { -readonly [K in keyof ItemAdjustment]: ItemAdjustment[K] };

interface ItemOutcome {
  readonly adjustments: MutableAdjustment[];
  readonly evaluations: MaterialEvaluation[];
  readonly issues: Issue[];
  readonly currentUnitPrice: D;
  readonly complete: boolean;
}

function computeItem(
  group: ItemGroup,
  book: PriceBook,
  asOf: IsoDate | null,
  schedules: ScheduleCache,
): ItemOutcome {
  const first = group.rows[0];
  const stopped = (issues: Issue[], currentUnitPrice: D): ItemOutcome => ({
    adjustments: [],
    evaluations: [],
    issues,
    currentUnitPrice,
    complete: false,
  });
  if (!first || asOf === null) return stopped([], first?.unitPrice ?? ZERO);
  const built = buildMaterialStates(group.rows, book, asOf, schedules);
  if (!built.ok) return stopped(built.issues, first.unitPrice);
  const issues = [...built.issues, ...lagWarnings(group.rows)];
  const walk = new ItemWalk(first, built.states, issues);
  const allDates = [...new Set(built.states.flatMap((state) => [...state.dates]))].sort();
  for (const date of allDates) {
    if (!walk.step(date, book)) break;
  }
  return {
    adjustments: walk.adjustments,
    evaluations: walk.evaluations,
    issues,
    currentUnitPrice: walk.unitPrice,
    complete: walk.complete,
  };
}

function lagWarnings(rows: readonly AgreementRow[]): Issue[] {
  const first = rows[0];
  const other = rows.find((row) => row.effectiveLagDays !== first?.effectiveLagDays);
  if (!first || !other) return [];
  return [
    warning(
      other.origin.sheet,
      cellOf(other.origin, 'effectiveLagDays'),
      'ITEM_LAG_DIFFERS',
      `물품 "${first.item}"의 반영일수가 행마다 다릅니다. ${first.origin.row}행의 ${first.effectiveLagDays}일을 씁니다.`,
      `Rows of item "${first.item}" disagree on effectiveLagDays; row ${first.origin.row}'s ${first.effectiveLagDays} days is used.`,
    ),
  ];
}

/** The walk over one item's adjustment dates (DOMAIN §3.3–3.4): the price and the bases in force. */
class ItemWalk {
  readonly adjustments: MutableAdjustment[] = [];
  readonly evaluations: MaterialEvaluation[] = [];
  unitPrice: D;
  complete = true;

  constructor(
    private readonly first: AgreementRow,
    private readonly states: readonly MaterialState[],
    private readonly issues: Issue[],
  ) {
    this.unitPrice = first.unitPrice;
  }

  /** Evaluates every material due on `date`; false when an error stops the item. */
  step(date: IsoDate, book: PriceBook): boolean {
    const atDate: { state: MaterialState; evaluation: MaterialEvaluation }[] = [];
    for (const state of this.states) {
      if (!state.dates.has(date)) continue;
      const evaluation = this.evaluateAt(state, date, book);
      if (evaluation === null) return this.stop();
      atDate.push({ state, evaluation });
    }
    const triggered = atDate.filter((entry) => entry.evaluation.triggered);
    const exact = triggered.reduce((sum, entry) => sum.plus(entry.evaluation.unitPriceDelta), this.unitPrice);
    const rounded = roundUnitPrice(exact, this.first.priceDecimals, this.first.rounding);
    if (triggered.length > 0 && rounded.lte(0)) {
      this.evaluations.push(...atDate.map((entry) => entry.evaluation));
      this.issues.push(notPositive(this.first, date, rounded));
      return this.stop();
    }
    // An adjustment happens only when the price actually changed; otherwise no base moves (§3.4).
    if (triggered.length === 0 || rounded.eq(this.unitPrice)) {
      this.evaluations.push(
        ...atDate.map(({ evaluation }) =>
          evaluation.triggered ? { ...evaluation, outcome: 'priceUnchanged' as const } : evaluation,
        ),
      );
      return true;
    }
    this.evaluations.push(...atDate.map((entry) => entry.evaluation));
    this.adjustments.push({
      agreementId: this.first.agreementId,
      buyer: this.first.buyer,
      supplier: this.first.supplier,
      item: this.first.item,
      partNo: this.first.partNo,
      sequence: this.adjustments.length + 1,
      adjustmentDate: date,
      effectiveDate: addDays(date, this.first.effectiveLagDays),
      unitPriceBefore: this.unitPrice,
      unitPriceExact: exact,
      unitPriceAfter: rounded,
      priceDecimals: this.first.priceDecimals,
      rounding: this.first.rounding,
      materials: [...triggered, ...atDate.filter((entry) => !entry.evaluation.triggered)].map(
        (entry) => entry.evaluation,
      ),
      deliveries: [],
    });
    this.unitPrice = rounded;
    // Rolling base: a triggered material compares against its new price (and FX) from now on.
    for (const { state, evaluation } of triggered) {
      state.base = evaluation.comparisonPrice;
      state.baseReferenceInForce = evaluation.comparisonReference;
      state.baseFx = evaluation.fx?.comparison ?? null;
    }
    return true;
  }

  private stop(): false {
    this.complete = false;
    return false;
  }

  private evaluateAt(state: MaterialState, date: IsoDate, book: PriceBook): MaterialEvaluation | null {
    const { row } = state;
    const comparison = book.comparisonPrice(row.index, date, row.averagingMonths, state.reading);
    if (!comparison.ok) {
      this.issues.push(lookupError(row, 'index', comparison, `조정일 ${date}의 비교시점`));
      return null;
    }
    // A monthly observation is dated the 1st and speaks for its month: warn only past that month.
    if (
      comparison.latestObservation !== undefined &&
      monthOf(comparison.reference) > monthOf(comparison.latestObservation)
    ) {
      this.issues.push(staleWarning(row, date, comparison.reference, comparison.latestObservation));
    }
    let fx: { base: D; comparison: D } | null = null;
    if (state.fxInFormula) {
      const rate = book.fxRateOn(row.index, date);
      if (!rate.ok || state.baseFx === null) {
        if (!rate.ok) this.issues.push(lookupError(row, 'index', rate, `조정일 ${date}의 환율`));
        return null;
      }
      fx = { base: state.baseFx, comparison: rate.price };
    }
    return evaluate(state, date, comparison.price, comparison.reference, this.unitPrice, fx);
  }
}

function notPositive(first: AgreementRow, date: IsoDate, rounded: D): Issue {
  return error(
    first.origin.sheet,
    cellOf(first.origin, 'unitPrice'),
    'UNIT_PRICE_NOT_POSITIVE',
    `물품 "${first.item}"의 ${date} 조정 후 단가가 ${rounded.toFixed()}원으로 0 이하가 됩니다. 산식 입력(투입량·비중·기준가격)을 확인하세요.`,
    `Item "${first.item}" would cost ${rounded.toFixed()} KRW after the ${date} adjustment (not positive); check the formula inputs.`,
  );
}

function evaluate(
  state: MaterialState,
  date: IsoDate,
  comparisonPrice: D,
  comparisonReference: string,
  unitPriceBefore: D,
  fx: { base: D; comparison: D } | null,
): MaterialEvaluation {
  const { row, terms } = state;
  const move = evaluateMove(terms, state.base, comparisonPrice, { unitPriceBefore, fx });
  return {
    origin: row.origin,
    agreementId: row.agreementId,
    item: row.item,
    partNo: row.partNo,
    material: row.material,
    index: row.index,
    unit: state.unit,
    costKind: row.costKind,
    formula: row.formula,
    direction: row.direction,
    adjustmentDate: date,
    baseReference: state.baseReferenceInForce,
    comparisonReference,
    basePrice: state.base,
    comparisonPrice,
    currency: state.currency,
    fx,
    changeRate: new DisplayRatio(comparisonPrice.minus(state.base)).dividedBy(state.base),
    threshold: row.threshold,
    reflectionRatio: row.reflectionRatio,
    reflectionMode: row.reflectionMode,
    materialContent: move.content,
    rateShare: row.formula === 'rate' ? row.materialShare : null,
    shareBasis:
      row.formula === 'share' && row.materialShare
        ? {
            share: row.materialShare,
            originalUnitPrice: terms.originalUnitPrice,
            originalBasePrice: terms.originalBasePrice,
          }
        : null,
    outcome: move.outcome,
    triggered: move.outcome === 'triggered',
    unitPriceBefore,
    movedAmount: move.movedAmount,
    unitPriceDelta: move.unitPriceDelta,
  };
}

function staleWarning(row: AgreementRow, date: IsoDate, reference: string, latest: IsoDate): Issue {
  return warning(
    row.origin.sheet,
    cellOf(row.origin, 'index'),
    'PRICE_BEYOND_DATA',
    `${row.item} / ${row.material}: 조정일 ${date}의 비교시점 ${reference}은(는) 기준지표 "${row.index}"의 마지막 가격(${latest}) 뒤입니다. 마지막 가격을 썼습니다.`,
    `${row.item} / ${row.material}: the comparison date ${reference} of ${date} lies beyond the last price of "${row.index}" (${latest}); that last price was used.`,
  );
}
