import type { D } from './decimal';
import type { IsoDate } from './dates';
import { fixedContent, type MaterialTerms } from './formula';
import { error, type Issue, warning } from './issues';
import { materialWarnings } from './legal-warnings';
import { cellOf } from './origin';
import { baseReferenceDay, KRW, type PriceBook, type PriceLookup, type PriceReading } from './price-book';
import { adjustmentDates } from './schedule';
import type { AgreementRow } from './types';

/** One material row of an item as the walk over adjustment dates sees it; base and FX_b roll. */
export interface MaterialState {
  readonly row: AgreementRow;
  readonly terms: MaterialTerms;
  readonly reading: PriceReading;
  /** F4: FX converts in the formula, so the threshold and the base stay in the index's currency. */
  readonly fxInFormula: boolean;
  readonly currency: string;
  readonly dates: ReadonlySet<IsoDate>;
  readonly unit: string | null;
  base: D;
  baseReferenceInForce: string;
  /** F4 only: FX_b, the rate of the base in force. */
  baseFx: D | null;
}

export type StatesBuilt =
  | { readonly ok: true; readonly states: MaterialState[]; readonly issues: Issue[] }
  | { readonly ok: false; readonly issues: Issue[] };

/** Builds every material state of an item, or the error that stops the item (DOMAIN §3.1–3.2). */
export function buildMaterialStates(
  rows: readonly AgreementRow[],
  book: PriceBook,
  asOf: IsoDate,
  schedules: ScheduleCache,
): StatesBuilt {
  const issues: Issue[] = [];
  const states: MaterialState[] = [];
  const originalUnitPrice = rows[0]?.unitPrice;
  if (originalUnitPrice === undefined) return { ok: false, issues };
  for (const row of rows) {
    const termsProblem = fxTermsProblem(row, book);
    if (termsProblem) return { ok: false, issues: [...issues, termsProblem] };
    const currency = book.currencyOf(row.index) ?? KRW;
    const fxInFormula = row.fxPlacement === 'formula' && currency !== KRW;
    if (row.fxPlacement === 'formula' && currency === KRW && book.hasIndex(row.index)) {
      issues.push(fxPlacementUnused(row));
    }
    const reading: PriceReading = { inIndexCurrency: fxInFormula, onTheDay: row.cycleMonths === 'event' };
    const base = row.basePrice
      ? ({ ok: true, price: row.basePrice, reference: '기준가격 직접 입력' } as const)
      : book.basePrice(row.index, row.basePoint, row.averagingMonths, reading);
    if (!base.ok) return { ok: false, issues: [...issues, lookupError(row, 'basePoint', base, '기준시점')] };
    let baseFx: D | null = null;
    if (fxInFormula) {
      const fx = book.fxRateOn(row.index, baseReferenceDay(row.basePoint));
      if (!fx.ok)
        return { ok: false, issues: [...issues, lookupError(row, 'basePoint', fx, '기준시점 환율')] };
      baseFx = fx.price;
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
      direction: row.direction,
    };
    issues.push(...materialWarnings(row, shareOfUnitPrice(terms, base.price.times(baseFx ?? 1))));
    const dates = schedules.datesFor(row, book, asOf);
    if (dates === null) return { ok: false, issues: [...issues, noFirstAdjustment(row)] };
    if (
      dates.size === 0 &&
      row.contractEnd !== null &&
      row.firstAdjustment !== null &&
      row.firstAdjustment > row.contractEnd
    ) {
      issues.push(noDateInContract(row, row.firstAdjustment, row.contractEnd));
    }
    states.push({
      row,
      terms,
      reading,
      fxInFormula,
      currency: fxInFormula ? currency : KRW,
      dates,
      unit: book.unitOf(row.index),
      base: base.price,
      baseReferenceInForce: base.reference,
      baseFx,
    });
  }
  return { ok: true, states, issues };
}

/** s, the material's share of the unit price at the original base point (its KRW price for F4). */
function shareOfUnitPrice(terms: MaterialTerms, baseInKrw: D): D | null {
  if (terms.formula !== 'quantity') return terms.materialShare;
  return fixedContent(terms)?.times(baseInKrw).dividedBy(terms.originalUnitPrice) ?? null;
}

/** Most rows share a first date and cycle: build each schedule once. */
export class ScheduleCache {
  private readonly cache = new Map<string, ReadonlySet<IsoDate>>();

  /** The row's adjustment dates up to `asOf`; null when a calendar cycle has no first date. */
  datesFor(row: AgreementRow, book: PriceBook, asOf: IsoDate): ReadonlySet<IsoDate> | null {
    const { cycleMonths, firstAdjustment, contractEnd } = row;
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
    return this.cached(key, () => adjustmentDates(firstAdjustment, cycleMonths, limits));
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
  return error(
    row.origin.sheet,
    cellOf(row.origin, 'fxPlacement'),
    'FX_IN_FORMULA_TERMS',
    `${row.item} / ${row.material}: 환율반영 '산식'은 산식 '투입량'·반영방식 '전액'과만 쓸 수 있습니다.`,
    `${row.item} / ${row.material}: FX in the formula (산식) works only with formula 투입량 (quantity) and 전액 (whole).`,
  );
}

function fxPlacementUnused(row: AgreementRow): Issue {
  return warning(
    row.origin.sheet,
    cellOf(row.origin, 'fxPlacement'),
    'FX_PLACEMENT_UNUSED',
    `${row.item} / ${row.material}: 기준지표 "${row.index}"가 원화(KRW)라서 환율반영 '산식'은 효과가 없습니다.`,
    `${row.item} / ${row.material}: index "${row.index}" is in KRW, so FX in the formula has no effect.`,
  );
}

function noFirstAdjustment(row: AgreementRow): Issue {
  return error(
    row.origin.sheet,
    cellOf(row.origin, 'firstAdjustment'),
    'FIRST_ADJUSTMENT_MISSING',
    `${row.item} / ${row.material}: 조정주기가 ${row.cycleMonths}개월이면 첫조정일이 필요합니다.`,
    `${row.item} / ${row.material}: a ${row.cycleMonths}-month cycle needs a first adjustment date.`,
  );
}

function noDateInContract(row: AgreementRow, first: IsoDate, end: IsoDate): Issue {
  return warning(
    row.origin.sheet,
    cellOf(row.origin, 'firstAdjustment'),
    'NO_ADJUSTMENT_IN_CONTRACT',
    `첫조정일 ${first}이(가) 계약종료일 ${end} 뒤라서 조정일이 하나도 없습니다.`,
    `The first adjustment ${first} falls after the contract end ${end}: no adjustment date.`,
  );
}

export function lookupError(
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
