import type { BasePrices } from './base-prices';
import { type ComparisonTable, type ComparisonTables, type PricePoint, pricePoint } from './comparison-table';
import { D, ONE } from './decimal';
import type { IsoDate } from './dates';
import { type DeltaPlan, deltaPlanOf } from './delta-plan';
import { floatOf, shareClearlyAtLeast, thresholdFloatOf } from './fast-threshold';
import { fixedContent, type MaterialTerms } from './formula';
import { engineIssue, type Issue, issue } from './issues';
import { KEY_MATERIAL_SHARE, materialWarnings } from './legal-warnings';
import { placeOf } from './origin';
import { baseReferenceDay, KRW, type PriceBook, type PriceLookup, type PriceReading } from './price-book';
import { adjustmentDates } from './schedule';
import type { AgreementRow } from './types';

/** What every evaluation of one material row shares; kept with the result, so it holds little. */
export interface MaterialFacts {
  readonly row: AgreementRow;
  /** "KRW", or the index's own currency when FX is applied in the formula (F4). */
  readonly currency: string;
  readonly unit: string | null;
  /** U₀ and B₀ (in the index's currency for F4): with the row, the formula's terms. */
  readonly originalUnitPrice: D;
  readonly originalBasePrice: D;
}

/** The formula's terms of a material row (DOMAIN §3.3). */
export function termsOf(facts: MaterialFacts): MaterialTerms {
  const { row } = facts;
  return {
    formula: row.formula,
    quantityPerUnit: row.quantityPerUnit,
    materialShare: row.materialShare,
    originalUnitPrice: facts.originalUnitPrice,
    originalBasePrice: facts.originalBasePrice,
    threshold: row.threshold,
    reflectionRatio: row.reflectionRatio,
    reflectionMode: row.reflectionMode,
    direction: row.direction,
  };
}

/** One material row of an item as the walk over adjustment dates sees it; the base in force rolls. */
export interface MaterialState {
  readonly facts: MaterialFacts;
  readonly row: AgreementRow;
  readonly terms: MaterialTerms;
  /** F4: FX converts in the formula, so the threshold and the base stay in the index's currency. */
  readonly fxInFormula: boolean;
  readonly dates: ReadonlySet<IsoDate>;
  /** The comparison price at each adjustment date, read as this row reads its index. */
  readonly comparisons: ComparisonTable;
  /** The threshold as a double for the fast test (NaN: always the decimal test). */
  readonly thresholdFloat: number;
  /** The products every δ of the row starts with. */
  readonly deltaPlan: DeltaPlan;
  /** B, where it was read, and FX_b for F4 (the rate of the base in force). */
  inForce: PricePoint;
}

export type StatesBuilt =
  | { readonly ok: true; readonly states: MaterialState[]; readonly issues: Issue[] }
  | { readonly ok: false; readonly issues: Issue[] };

/** The four ways of reading prices, shared by every row. */
const READINGS: readonly PriceReading[] = [
  { inIndexCurrency: false, onTheDay: false },
  { inIndexCurrency: false, onTheDay: true },
  { inIndexCurrency: true, onTheDay: false },
  { inIndexCurrency: true, onTheDay: true },
];

function readingOf(inIndexCurrency: boolean, onTheDay: boolean): PriceReading {
  return READINGS[(inIndexCurrency ? 2 : 0) + (onTheDay ? 1 : 0)] ?? { inIndexCurrency, onTheDay };
}

/** The caches a state is built from, shared by every item. */
interface StateCaches {
  readonly schedules: ScheduleCache;
  readonly comparisons: ComparisonTables;
  readonly basePrices: BasePrices;
}

/** A row's part of the item: its state, or the error that stops the item. */
type RowBuilt =
  { readonly ok: true; readonly state: MaterialState } | { readonly ok: false; readonly error: Issue };

/** Builds every material state of an item, or the error that stops the item (DOMAIN §3.1–3.2). */
export function buildMaterialStates(
  rows: readonly AgreementRow[],
  book: PriceBook,
  asOf: IsoDate,
  caches: StateCaches,
): StatesBuilt {
  const issues: Issue[] = [];
  const states: MaterialState[] = [];
  const originalUnitPrice = rows[0]?.unitPrice;
  if (originalUnitPrice === undefined) return { ok: false, issues };
  const unitPriceFloat = floatOf(originalUnitPrice);
  for (const row of rows) {
    const built = buildMaterialState(
      row,
      { originalUnitPrice, unitPriceFloat },
      { book, asOf, caches },
      issues,
    );
    if (!built.ok) return { ok: false, issues: [...issues, built.error] };
    states.push(built.state);
  }
  return { ok: true, states, issues };
}

interface StateSources {
  readonly book: PriceBook;
  readonly asOf: IsoDate;
  readonly caches: StateCaches;
}

/** One row's state, in order: the FX terms, the original base, the warnings, the dates. Warnings go to `warnings`. */
function buildMaterialState(
  row: AgreementRow,
  { originalUnitPrice, unitPriceFloat }: { readonly originalUnitPrice: D; readonly unitPriceFloat: number },
  { book, asOf, caches }: StateSources,
  warnings: Issue[],
): RowBuilt {
  const termsProblem = fxTermsProblem(row, book);
  if (termsProblem) return { ok: false, error: termsProblem };
  const currency = book.currencyOf(row.index) ?? KRW;
  const fxInFormula = row.fxPlacement === 'formula' && currency !== KRW;
  if (row.fxPlacement === 'formula' && currency === KRW && book.hasIndex(row.index)) {
    warnings.push(fxPlacementUnused(row));
  }
  const reading = readingOf(fxInFormula, row.cycleMonths === 'event');
  const base = originalBase(row, fxInFormula, reading, book, caches.basePrices);
  if (!base.ok) return base;
  const facts: MaterialFacts = {
    row,
    currency: fxInFormula ? currency : KRW,
    unit: book.unitOf(row.index),
    originalUnitPrice,
    originalBasePrice: base.point.price,
  };
  const terms = termsOf(facts);
  warnings.push(...materialWarnings(row, shareOfUnitPrice(terms, base.point, base.fx, unitPriceFloat)));
  const dates = caches.schedules.datesFor(row, book, asOf);
  if (dates === null) return { ok: false, error: noFirstAdjustment(row) };
  if (dates.size === 0) warnings.push(...noDateWarnings(row));
  const state: MaterialState = {
    facts,
    row,
    terms,
    fxInFormula,
    dates,
    comparisons: caches.comparisons.tableFor(row.index, row.averagingMonths, reading),
    thresholdFloat: thresholdFloatOf(row.threshold),
    deltaPlan: deltaPlanOf(terms),
    inForce: base.fx === null ? base.point : { ...base.point, fx: base.fx },
  };
  return { ok: true, state };
}

/** B₀ as entered or read from the index, and for F4 the rate at the base point. */
function originalBase(
  row: AgreementRow,
  fxInFormula: boolean,
  reading: PriceReading,
  book: PriceBook,
  basePrices: BasePrices,
):
  | { readonly ok: true; readonly point: PricePoint; readonly fx: D | null }
  | { readonly ok: false; readonly error: Issue } {
  const found = row.basePrice
    ? ({ ok: true, point: pricePoint(row.basePrice, '기준가격 직접 입력') } as const)
    : basePrices.basePrice(row.index, row.basePoint, row.averagingMonths, reading);
  if (!found.ok) return { ok: false, error: lookupError(row, 'basePoint', found, '기준시점') };
  if (!fxInFormula) return { ok: true, point: found.point, fx: null };
  const fx = book.fxRateOn(row.index, baseReferenceDay(row.basePoint));
  if (!fx.ok) return { ok: false, error: lookupError(row, 'basePoint', fx, '기준시점 환율') };
  return { ok: true, point: found.point, fx: fx.price };
}

/** A row without adjustment dates: warned about when its first date lies past the contract's end. */
function noDateWarnings(row: AgreementRow): Issue[] {
  const { contractEnd, firstAdjustment } = row;
  if (contractEnd === null || firstAdjustment === null || firstAdjustment <= contractEnd) return [];
  return [noDateInContract(row, firstAdjustment, contractEnd)];
}

/**
 * s, the material's share of the unit price at the original base point (its KRW price for F4);
 * null where no share is known, or where it is clearly at least the key share, so that there is
 * nothing to warn about (materialWarnings only reads a share below it).
 */
function shareOfUnitPrice(
  terms: MaterialTerms,
  base: PricePoint,
  baseFx: D | null,
  unitPriceFloat: number,
): D | null {
  if (terms.formula !== 'quantity') return terms.materialShare;
  const content = fixedContent(terms);
  if (content === null) return null;
  if (shareClearlyAtLeast(content, base.float, baseFx, unitPriceFloat, KEY_SHARE)) return null;
  // B · 1 is B rounded to the precision, which it already is unless it was written with more digits.
  const baseInKrw =
    baseFx === null && base.price.sd() <= D.precision ? base.price : base.price.times(baseFx ?? ONE);
  return content.times(baseInKrw).dividedBy(terms.originalUnitPrice);
}

/** The share below which materialWarnings warns. */
const KEY_SHARE = KEY_MATERIAL_SHARE.toNumber();

/** Most rows share a first date and cycle: build each schedule once. */
export class ScheduleCache {
  private readonly cache = new Map<string, ReadonlySet<IsoDate>>();
  /** The last calendar schedule handed out: consecutive rows nearly always repeat it. */
  private last: {
    readonly row: AgreementRow;
    readonly asOf: IsoDate;
    readonly dates: ReadonlySet<IsoDate>;
  } | null = null;

  /** The row's adjustment dates up to `asOf`; null when a calendar cycle has no first date. */
  datesFor(row: AgreementRow, book: PriceBook, asOf: IsoDate): ReadonlySet<IsoDate> | null {
    const { cycleMonths, firstAdjustment, contractEnd } = row;
    const last = this.last;
    if (
      last !== null &&
      cycleMonths !== 'event' &&
      last.asOf === asOf &&
      last.row.cycleMonths === cycleMonths &&
      last.row.firstAdjustment === firstAdjustment &&
      last.row.contractEnd === contractEnd
    ) {
      return last.dates;
    }
    const limits = [contractEnd, asOf];
    if (cycleMonths === 'event') {
      const after = baseReferenceDay(row.basePoint);
      const key = `event|${row.index}|${after}|${firstAdjustment ?? ''}|${contractEnd ?? ''}|${asOf}`;
      return this.cached(key, () =>
        book
          .observationDates(row.index)
          .filter(
            (date) =>
              date > after &&
              (firstAdjustment === null || date >= firstAdjustment) &&
              limits.every((limit) => limit === null || date <= limit),
          ),
      );
    }
    if (firstAdjustment === null) return null;
    const key = `${firstAdjustment}|${cycleMonths}|${contractEnd ?? ''}|${asOf}`;
    const dates = this.cached(key, () => adjustmentDates(firstAdjustment, cycleMonths, limits));
    this.last = { row, asOf, dates };
    return dates;
  }

  private cached(key: string, build: () => readonly IsoDate[]): ReadonlySet<IsoDate> {
    let dates = this.cache.get(key);
    if (!dates) {
      dates = new Set(build());
      this.cache.set(key, dates);
    }
    return dates;
  }
}

/** F4 converts in a 투입량 formula over the whole move (DOMAIN §3.2); anything else is an input error. */
function fxTermsProblem(row: AgreementRow, book: PriceBook): Issue | null {
  if (row.fxPlacement !== 'formula' || book.currencyOf(row.index) === KRW) return null;
  if (row.formula === 'quantity' && row.reflectionMode === 'whole') return null;
  return engineIssue({
    severity: 'error',
    code: 'FX_IN_FORMULA_TERMS',
    at: placeOf(row.origin, 'fxPlacement'),
    fields: { item: row.item, material: row.material },
  });
}

function fxPlacementUnused(row: AgreementRow): Issue {
  return engineIssue({
    severity: 'warning',
    code: 'FX_PLACEMENT_UNUSED',
    at: placeOf(row.origin, 'fxPlacement'),
    fields: { item: row.item, material: row.material, index: row.index },
  });
}

function noFirstAdjustment(row: AgreementRow): Issue {
  return engineIssue({
    severity: 'error',
    code: 'FIRST_ADJUSTMENT_MISSING',
    at: placeOf(row.origin, 'firstAdjustment'),
    fields: { item: row.item, material: row.material, cycleMonths: row.cycleMonths },
  });
}

function noDateInContract(row: AgreementRow, first: IsoDate, end: IsoDate): Issue {
  return engineIssue({
    severity: 'warning',
    code: 'NO_ADJUSTMENT_IN_CONTRACT',
    at: placeOf(row.origin, 'firstAdjustment'),
    fields: { first, end },
  });
}

export function lookupError(
  row: AgreementRow,
  field: string,
  failure: PriceLookup & { ok: false },
  context: string,
): Issue {
  // The context ("기준시점 환율") is said in Korean only, as it always was.
  return issue({
    severity: 'error',
    code: failure.code,
    at: placeOf(row.origin, field),
    text: {
      ko: `${row.item} / ${row.material} (${context}): ${failure.text.ko}`,
      en: `${row.item} / ${row.material}: ${failure.text.en}`,
    },
  });
}
