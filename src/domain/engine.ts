import { defaultAsOf } from './as-of';
import { D, DisplayRatio, ZERO } from './decimal';
import { addDays, type IsoDate, monthOf } from './dates';
import { priceDeliveries, type PricedPeriod } from './deliveries';
import { evaluateMove, materialContent, type MaterialTerms } from './formula';
import { error, type Issue, warning } from './issues';
import { consistencyIssues, groupItems, type ItemGroup } from './items';
import { agreementWarnings, materialWarnings } from './legal-warnings';
import { cellOf } from './origin';
import { PriceBook, type PriceLookup } from './price-book';
import { roundUnitPrice } from './rounding';
import { adjustmentDates } from './schedule';
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

/** Most rows share a first date and cycle: build each schedule once. */
class ScheduleCache {
  private readonly cache = new Map<string, ReadonlySet<IsoDate>>();

  datesFor(
    first: IsoDate,
    cycleMonths: number,
    contractEnd: IsoDate | null,
    asOf: IsoDate,
  ): ReadonlySet<IsoDate> {
    const key = `${first}|${cycleMonths}|${contractEnd ?? ''}|${asOf}`;
    let dates = this.cache.get(key);
    if (!dates) {
      dates = new Set(adjustmentDates(first, cycleMonths, [contractEnd, asOf]));
      this.cache.set(key, dates);
    }
    return dates;
  }
}

type MutableAdjustment = { -readonly [K in keyof ItemAdjustment]: ItemAdjustment[K] };

interface MaterialState {
  readonly row: AgreementRow;
  readonly terms: MaterialTerms;
  readonly content: D;
  readonly dates: ReadonlySet<IsoDate>;
  readonly unit: string | null;
  base: D;
  baseReferenceInForce: string;
}

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
  const issues: Issue[] = [];
  const first = group.rows[0];
  if (!first || asOf === null) {
    return {
      adjustments: [],
      evaluations: [],
      issues,
      currentUnitPrice: first?.unitPrice ?? ZERO,
      complete: false,
    };
  }
  const originalUnitPrice = first.unitPrice;
  const states: MaterialState[] = [];
  for (const row of group.rows) {
    const base = row.basePrice
      ? ({ ok: true, price: row.basePrice, reference: '기준가격 직접 입력' } as const)
      : book.basePrice(row.index, row.basePoint, row.averagingMonths);
    if (!base.ok) {
      issues.push(lookupError(row, 'basePoint', base, '기준시점'));
      return {
        adjustments: [],
        evaluations: [],
        issues,
        currentUnitPrice: originalUnitPrice,
        complete: false,
      };
    }
    const terms: MaterialTerms = {
      formula: row.formula,
      quantityPerUnit: row.quantityPerUnit,
      materialShare: row.materialShare,
      originalUnitPrice,
      originalBasePrice: base.price,
      threshold: row.threshold,
      reflectionRatio: row.reflectionRatio,
      reflectionMode: row.reflectionMode,
    };
    const content = materialContent(terms);
    issues.push(...materialWarnings(row, content.times(base.price).dividedBy(originalUnitPrice)));
    const dates = schedules.datesFor(row.firstAdjustment, row.cycleMonths, row.contractEnd, asOf);
    if (dates.size === 0 && row.contractEnd !== null && row.firstAdjustment > row.contractEnd) {
      issues.push(
        warning(
          row.origin.sheet,
          cellOf(row.origin, 'firstAdjustment'),
          'NO_ADJUSTMENT_IN_CONTRACT',
          `첫조정일 ${row.firstAdjustment}이(가) 계약종료일 ${row.contractEnd} 뒤라서 조정일이 하나도 없습니다.`,
          `The first adjustment ${row.firstAdjustment} falls after the contract end ${row.contractEnd}: no adjustment date.`,
        ),
      );
    }
    states.push({
      row,
      terms,
      content,
      dates,
      unit: book.unitOf(row.index),
      base: base.price,
      baseReferenceInForce: base.reference,
    });
  }
  if (group.rows.some((row) => row.effectiveLagDays !== first.effectiveLagDays)) {
    const other = group.rows.find((row) => row.effectiveLagDays !== first.effectiveLagDays) ?? first;
    issues.push(
      warning(
        other.origin.sheet,
        cellOf(other.origin, 'effectiveLagDays'),
        'ITEM_LAG_DIFFERS',
        `물품 "${first.item}"의 반영일수가 행마다 다릅니다. ${first.origin.row}행의 ${first.effectiveLagDays}일을 씁니다.`,
        `Rows of item "${first.item}" disagree on effectiveLagDays; row ${first.origin.row}'s ${first.effectiveLagDays} days is used.`,
      ),
    );
  }

  const allDates = [...new Set(states.flatMap((state) => [...state.dates]))].sort();
  const adjustments: MutableAdjustment[] = [];
  const evaluations: MaterialEvaluation[] = [];
  let unitPrice = originalUnitPrice;
  for (const date of allDates) {
    const atDate: { state: MaterialState; evaluation: MaterialEvaluation }[] = [];
    for (const state of states) {
      if (!state.dates.has(date)) {
        continue;
      }
      const comparison = book.comparisonPrice(state.row.index, date, state.row.averagingMonths);
      if (!comparison.ok) {
        issues.push(lookupError(state.row, 'index', comparison, `조정일 ${date}의 비교시점`));
        return { adjustments, evaluations, issues, currentUnitPrice: unitPrice, complete: false };
      }
      // A monthly observation is dated the 1st and speaks for its month: warn only past that month.
      if (
        comparison.latestObservation !== undefined &&
        monthOf(comparison.reference) > monthOf(comparison.latestObservation)
      ) {
        issues.push(staleWarning(state.row, date, comparison.reference, comparison.latestObservation));
      }
      atDate.push({ state, evaluation: evaluate(state, date, comparison.price, comparison.reference) });
    }
    evaluations.push(...atDate.map((entry) => entry.evaluation));
    const triggered = atDate.filter((entry) => entry.evaluation.triggered);
    if (triggered.length === 0) {
      continue;
    }
    const exact = triggered.reduce((sum, entry) => sum.plus(entry.evaluation.unitPriceDelta), unitPrice);
    const rounded = roundUnitPrice(exact, first.priceDecimals, first.rounding);
    if (rounded.lte(0)) {
      issues.push(
        error(
          first.origin.sheet,
          cellOf(first.origin, 'unitPrice'),
          'UNIT_PRICE_NOT_POSITIVE',
          `물품 "${first.item}"의 ${date} 조정 후 단가가 ${rounded.toFixed()}원으로 0 이하가 됩니다. 산식 입력(투입량·비중·기준가격)을 확인하세요.`,
          `Item "${first.item}" would cost ${rounded.toFixed()} KRW after the ${date} adjustment (not positive); check the formula inputs.`,
        ),
      );
      return { adjustments, evaluations, issues, currentUnitPrice: unitPrice, complete: false };
    }
    adjustments.push({
      agreementId: first.agreementId,
      buyer: first.buyer,
      supplier: first.supplier,
      item: first.item,
      partNo: first.partNo,
      sequence: adjustments.length + 1,
      adjustmentDate: date,
      effectiveDate: addDays(date, first.effectiveLagDays),
      unitPriceBefore: unitPrice,
      unitPriceExact: exact,
      unitPriceAfter: rounded,
      priceDecimals: first.priceDecimals,
      rounding: first.rounding,
      materials: [...triggered, ...atDate.filter((entry) => !entry.evaluation.triggered)].map(
        (entry) => entry.evaluation,
      ),
      deliveries: [],
    });
    unitPrice = rounded;
    // Rolling base: a triggered material compares against its new price from now on.
    for (const { state, evaluation } of triggered) {
      state.base = evaluation.comparisonPrice;
      state.baseReferenceInForce = evaluation.comparisonReference;
    }
  }
  return { adjustments, evaluations, issues, currentUnitPrice: unitPrice, complete: true };
}

function evaluate(
  state: MaterialState,
  date: IsoDate,
  comparisonPrice: D,
  comparisonReference: string,
): MaterialEvaluation {
  const { row, terms } = state;
  const move = evaluateMove(terms, state.base, comparisonPrice);
  return {
    origin: row.origin,
    agreementId: row.agreementId,
    item: row.item,
    partNo: row.partNo,
    material: row.material,
    index: row.index,
    unit: state.unit,
    formula: row.formula,
    adjustmentDate: date,
    baseReference: state.baseReferenceInForce,
    comparisonReference,
    basePrice: state.base,
    comparisonPrice,
    changeRate: new DisplayRatio(comparisonPrice.minus(state.base)).dividedBy(state.base),
    threshold: row.threshold,
    reflectionRatio: row.reflectionRatio,
    reflectionMode: row.reflectionMode,
    materialContent: state.content,
    shareBasis:
      row.formula === 'share' && row.materialShare
        ? {
            share: row.materialShare,
            originalUnitPrice: terms.originalUnitPrice,
            originalBasePrice: terms.originalBasePrice,
          }
        : null,
    outcome: move.triggered ? 'triggered' : 'belowThreshold',
    triggered: move.triggered,
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

function lookupError(
  row: AgreementRow,
  field: string,
  failure: PriceLookup & { ok: false },
  context: string,
): Issue {
  return error(
    row.origin.sheet,
    cellOf(row.origin, field),
    failure.code,
    `${row.item} / ${row.material} (${context}): ${failure.message}`,
    `${row.item} / ${row.material}: ${failure.messageEn}`,
  );
}
