import type { IsoDate } from '../../domain/dates';
import type { D } from '../../domain/decimal';
import type {
  BuyerSize,
  CostKind,
  Cycle,
  Direction,
  FormulaKind,
  FxPlacement,
  PointInTime,
  ReflectionMode,
  RoundingMode,
} from '../../domain/types';
import { SHEET } from '../grid/sheet-names';
import {
  BUYER_SIZE_CHOICES,
  type ChoiceSet,
  COST_KIND_CHOICES,
  CYCLE_CHOICES,
  DIRECTION_CHOICES,
  type DecimalBound,
  FORMULA_CHOICES,
  FX_PLACEMENT_CHOICES,
  type IntegerRange,
  REFLECTION_MODE_CHOICES,
  ROUNDING_CHOICES,
  YES_NO_CHOICES,
} from './values';

/**
 * The columns of the four input sheets (DOMAIN.md §2): header, English key, whether a value is
 * required and how a cell is read. Header matching, row reading and the template all follow it.
 */

export type ChoiceName =
  | 'formula'
  | 'cycle'
  | 'reflectionMode'
  | 'rounding'
  | 'buyerSize'
  | 'yesNo'
  | 'costKind'
  | 'direction'
  | 'fxPlacement';

export interface ChoiceValues {
  readonly formula: FormulaKind;
  readonly cycle: Cycle;
  readonly costKind: CostKind;
  readonly direction: Direction;
  readonly fxPlacement: FxPlacement;
  readonly reflectionMode: ReflectionMode;
  readonly rounding: RoundingMode;
  readonly buyerSize: BuyerSize;
  readonly yesNo: boolean;
}

export type FieldKind =
  | { readonly type: 'text' }
  | { readonly type: 'date' }
  | { readonly type: 'point' }
  | { readonly type: 'decimal'; readonly bound: DecimalBound }
  /** A fraction in (0, 1] — or [0, 1] where zero is allowed — written as a percentage. */
  | { readonly type: 'percent'; readonly allowZero: boolean }
  | { readonly type: 'integer'; readonly range: IntegerRange }
  | { readonly type: 'choice'; readonly choice: ChoiceName }
  | { readonly type: 'currency' };

/** What a cell of each kind is read into. */
type KindValue<K extends FieldKind> = K extends { readonly type: 'text' | 'currency' }
  ? string
  : K extends { readonly type: 'date' }
    ? IsoDate
    : K extends { readonly type: 'point' }
      ? PointInTime
      : K extends { readonly type: 'decimal' | 'percent' }
        ? D
        : K extends { readonly type: 'integer' }
          ? number
          : K extends { readonly type: 'choice'; readonly choice: infer C extends ChoiceName }
            ? ChoiceValues[C]
            : never;

export interface FieldSpec {
  /** English key: the alias header, and the key of `RowOrigin.cells`. */
  readonly key: string;
  /** The Korean header the template writes. */
  readonly header: string;
  /** Other headers people write for the same column. */
  readonly aliases: readonly string[];
  readonly required: boolean;
  readonly kind: FieldKind;
}

export interface SheetSchema<F extends readonly FieldSpec[] = readonly FieldSpec[]> {
  readonly sheet: string;
  /** False for 환율 and 납품실적, which a workbook may leave out. */
  readonly required: boolean;
  readonly fields: F;
  /** Extra names for cells in `RowOrigin.cells`, where a record property differs from the key. */
  readonly originAliases: Readonly<Record<string, string>>;
}

/** The values of one row, each null when its cell is empty (or unreadable). */
export type RowValues<F extends readonly FieldSpec[]> = {
  readonly [S in F[number] as S['key']]: KindValue<S['kind']> | null;
};

/** The values of a row that passed: every required field has its value. */
export type CompleteValues<F extends readonly FieldSpec[]> = RowValues<F> & {
  readonly [S in F[number] as S['required'] extends true ? S['key'] : never]: KindValue<S['kind']>;
};

const TEXT = { type: 'text' } as const;
const DATE = { type: 'date' } as const;
const POINT = { type: 'point' } as const;
const POSITIVE = { type: 'decimal', bound: 'positive' } as const;
const PERCENT = { type: 'percent', allowZero: false } as const;
/** 조정요건 may be 0 %: every change is reflected (DOMAIN §2.1). */
const PERCENT_OR_ZERO = { type: 'percent', allowZero: true } as const;
const CURRENCY = { type: 'currency' } as const;
const choice = <C extends ChoiceName>(name: C) => ({ type: 'choice', choice: name }) as const;
const integer = (min: number, max: number, suffixes: readonly string[]) =>
  ({ type: 'integer', range: { min, max, suffixes } }) as const;

function field<K extends string, T extends FieldKind, R extends boolean>(
  key: K,
  header: string,
  kind: T,
  required: R,
  aliases: readonly string[] = [],
) {
  return { key, header, kind, required, aliases };
}

const REQUIRED = true as const;
const OPTIONAL = false as const;

export const AGREEMENT_SCHEMA = {
  sheet: SHEET.agreements,
  required: true,
  originAliases: { cycleMonths: 'cycle' },
  fields: [
    field('agreementId', '약정번호', TEXT, REQUIRED, ['약정ID']),
    field('buyer', '위탁기업', TEXT, REQUIRED, ['위탁기업명', '원사업자']),
    field('supplier', '수탁기업', TEXT, REQUIRED, ['수탁기업명', '수급사업자']),
    field('item', '물품명', TEXT, REQUIRED, ['품명', '품목명']),
    field('partNo', '품번', TEXT, OPTIONAL, ['품목번호', '부품번호']),
    field('signedOn', '약정일', DATE, REQUIRED, ['약정체결일', '체결일']),
    field('contractStart', '계약시작일', DATE, OPTIONAL, ['계약개시일']),
    field('contractEnd', '계약종료일', DATE, OPTIONAL, ['계약만료일']),
    field('contractAmount', '납품대금', POSITIVE, OPTIONAL, ['계약금액']),
    field('buyerSize', '위탁기업규모', choice('buyerSize'), OPTIONAL, ['기업규모']),
    field('optedOut', '연동제외합의', choice('yesNo'), OPTIONAL, ['연동제외']),
    field('unitPrice', '납품단가', POSITIVE, REQUIRED, ['단가']),
    field('material', '원재료', TEXT, REQUIRED, ['원재료명']),
    field('index', '기준지표', TEXT, REQUIRED, ['가격기준지표', '원재료가격기준지표']),
    field('costKind', '원가구분', choice('costKind'), OPTIONAL, ['원가항목', '비용구분']),
    field('formula', '산식', choice('formula'), REQUIRED, ['연동산식']),
    field('quantityPerUnit', '단위당투입량', POSITIVE, OPTIONAL, ['투입량']),
    field('materialShare', '원재료비중', PERCENT, OPTIONAL, ['비중']),
    field('basePoint', '기준시점', POINT, REQUIRED),
    field('basePrice', '기준가격', POSITIVE, OPTIONAL),
    field('threshold', '조정요건', PERCENT_OR_ZERO, REQUIRED, ['조정요건비율']),
    field('cycle', '조정주기', choice('cycle'), REQUIRED, ['cycleMonths']),
    // Required for a calendar cycle; read-agreements checks it, since 수시 rows may leave it out.
    field('firstAdjustment', '첫조정일', DATE, OPTIONAL, ['최초조정일']),
    field('reflectionRatio', '반영비율', PERCENT, OPTIONAL),
    field('reflectionMode', '반영방식', choice('reflectionMode'), OPTIONAL),
    field('direction', '조정방향', choice('direction'), OPTIONAL, ['연동방향']),
    field('fxPlacement', '환율반영', choice('fxPlacement'), OPTIONAL, ['환율적용']),
    field('averagingMonths', '평균개월', integer(0, 120, ['개월']), OPTIONAL, ['평균기간']),
    field('effectiveLagDays', '반영일수', integer(0, 3650, ['일']), OPTIONAL),
    field('priceDecimals', '단가소수점', integer(0, 4, ['자리']), OPTIONAL, ['소수점']),
    field('rounding', '단가반올림', choice('rounding'), OPTIONAL, ['반올림방식']),
  ] as const,
} satisfies SheetSchema;

export const PRICE_SCHEMA = {
  sheet: SHEET.prices,
  required: true,
  originAliases: { point: 'date' },
  fields: [
    field('index', '기준지표', TEXT, REQUIRED, ['지표', '지표명']),
    field('date', '일자', POINT, REQUIRED, ['날짜', '기준일', '기준월', 'point']),
    field('price', '가격', POSITIVE, REQUIRED, ['원재료가격']),
    field('currency', '통화', CURRENCY, OPTIONAL, ['통화코드']),
    field('unit', '단위', TEXT, OPTIONAL),
  ] as const,
} satisfies SheetSchema;

export const FX_SCHEMA = {
  sheet: SHEET.fx,
  required: false,
  originAliases: { point: 'date' },
  fields: [
    field('currency', '통화', CURRENCY, REQUIRED, ['통화코드']),
    field('date', '일자', POINT, REQUIRED, ['날짜', '기준일', '기준월', 'point']),
    field('rate', '환율', POSITIVE, REQUIRED, ['원화환율', '매매기준율']),
  ] as const,
} satisfies SheetSchema;

export const DELIVERY_SCHEMA = {
  sheet: SHEET.deliveries,
  required: false,
  originAliases: {},
  fields: [
    field('agreementId', '약정번호', TEXT, REQUIRED, ['약정ID']),
    field('item', '물품명', TEXT, REQUIRED, ['품명', '품목명']),
    field('date', '납품일', DATE, REQUIRED, ['납품일자', '일자', '날짜']),
    field('quantity', '수량', POSITIVE, REQUIRED, ['납품수량']),
  ] as const,
} satisfies SheetSchema;

export const INPUT_SCHEMAS = {
  agreements: AGREEMENT_SCHEMA,
  prices: PRICE_SCHEMA,
  fx: FX_SCHEMA,
  deliveries: DELIVERY_SCHEMA,
} as const;

export type InputSheetKey = keyof typeof INPUT_SCHEMAS;

export const CHOICE_SETS: { readonly [C in ChoiceName]: ChoiceSet<ChoiceValues[C]> } = {
  formula: FORMULA_CHOICES,
  cycle: CYCLE_CHOICES,
  reflectionMode: REFLECTION_MODE_CHOICES,
  rounding: ROUNDING_CHOICES,
  buyerSize: BUYER_SIZE_CHOICES,
  yesNo: YES_NO_CHOICES,
  costKind: COST_KIND_CHOICES,
  direction: DIRECTION_CHOICES,
  fxPlacement: FX_PLACEMENT_CHOICES,
};
