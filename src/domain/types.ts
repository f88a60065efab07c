import type { D } from './decimal';
import type { IsoDate } from './dates';
import type { Issue } from './issues';

export type FormulaKind = 'quantity' | 'share' | 'rate'; // 투입량 | 비중 | 변동률
export type CostKind = 'material' | 'energy'; // 원재료 | 에너지
export type Direction = 'both' | 'riseOnly' | 'fallOnly'; // 양방향 | 상승만 | 하락만
/** Where a foreign-currency index meets FX: inside the indicator (지표) or in the formula (산식, F4). */
export type FxPlacement = 'index' | 'formula';
/** Months between adjustment dates, or 'event' (수시: every new observation of the index). */
export type Cycle = number | 'event';
export type ReflectionMode = 'whole' | 'excess'; // 전액 | 초과분
export type RoundingMode = 'halfUp' | 'down' | 'up'; // 반올림 | 절사 | 올림
export type BuyerSize = 'small' | 'medium' | 'midsize' | 'large'; // 소기업 | 중기업 | 중견기업 | 대기업

/**
 * Where a parsed row came from, so that the engine can address its findings to a cell.
 * `cells` maps a field key (e.g. "basePoint") to its A1 address ("M7").
 */
export interface RowOrigin {
  readonly sheet: string;
  /** 1-based worksheet row. */
  readonly row: number;
  readonly cells: Readonly<Record<string, string>>;
}

/** A date or a whole month, as the user wrote it. A month is stored as its first day. */
export interface PointInTime {
  readonly date: IsoDate;
  readonly granularity: 'day' | 'month';
}

/** One row of 연동약정: one material of one item of one agreement. */
export interface AgreementRow {
  readonly origin: RowOrigin;
  readonly agreementId: string;
  readonly buyer: string;
  readonly supplier: string;
  readonly item: string;
  readonly partNo: string | null;
  readonly signedOn: IsoDate;
  readonly contractStart: IsoDate | null;
  readonly contractEnd: IsoDate | null;
  readonly contractAmount: D | null;
  readonly buyerSize: BuyerSize | null;
  readonly optedOut: boolean;
  /** Unit price before the first adjustment, KRW. */
  readonly unitPrice: D;
  readonly material: string;
  readonly index: string;
  readonly costKind: CostKind;
  readonly formula: FormulaKind;
  /** Index units of material per item unit; required for `quantity`. */
  readonly quantityPerUnit: D | null;
  /** Fraction (0.4 for 40 %); required for `share` and `rate`. */
  readonly materialShare: D | null;
  readonly basePoint: PointInTime;
  /** KRW per index unit; overrides the price read from the series at the base point. */
  readonly basePrice: D | null;
  /** Fraction in [0, 1] (0.1 for 10 %); 0 reflects every change. */
  readonly threshold: D;
  readonly cycleMonths: Cycle;
  /** Required for a calendar cycle; for 수시 an optional lower bound of the dates. */
  readonly firstAdjustment: IsoDate | null;
  /** Fraction in (0, 1]. */
  readonly reflectionRatio: D;
  readonly reflectionMode: ReflectionMode;
  readonly direction: Direction;
  readonly fxPlacement: FxPlacement;
  /** 0 = point price; N = mean of N monthly values. */
  readonly averagingMonths: number;
  readonly effectiveLagDays: number;
  readonly priceDecimals: number;
  readonly rounding: RoundingMode;
}

/** One row of 원재료가격. */
export interface PriceObservation {
  readonly origin: RowOrigin;
  readonly index: string;
  readonly point: PointInTime;
  /** In `currency` per index unit, > 0. */
  readonly price: D;
  /** ISO 4217 code, upper case; "KRW" by default. */
  readonly currency: string;
  readonly unit: string | null;
}

/** One row of 환율: KRW per one unit of `currency`. */
export interface FxObservation {
  readonly origin: RowOrigin;
  readonly currency: string;
  readonly point: PointInTime;
  readonly rate: D;
}

/** One row of 납품실적. */
export interface Delivery {
  readonly origin: RowOrigin;
  readonly agreementId: string;
  readonly item: string;
  readonly date: IsoDate;
  readonly quantity: D;
}

export interface EngineInput {
  readonly agreements: readonly AgreementRow[];
  readonly prices: readonly PriceObservation[];
  readonly fxRates: readonly FxObservation[];
  readonly deliveries: readonly Delivery[];
  /** Last adjustment date to evaluate; null = the last date all needed prices cover. */
  readonly asOf: IsoDate | null;
}

/**
 * Why a material did or did not move the unit price at one adjustment date: it moved it, the
 * move was smaller than the threshold, it went the way the agreement does not reflect, or it
 * triggered but the item's price did not change (the changes cancelled or rounded away).
 */
export type EvaluationOutcome = 'triggered' | 'belowThreshold' | 'wrongDirection' | 'priceUnchanged';

/** One (item, material, adjustment date) evaluation, triggered or not. */
export interface MaterialEvaluation {
  readonly origin: RowOrigin;
  readonly agreementId: string;
  readonly item: string;
  readonly partNo: string | null;
  readonly material: string;
  readonly index: string;
  readonly unit: string | null;
  readonly costKind: CostKind;
  readonly formula: FormulaKind;
  readonly direction: Direction;
  readonly adjustmentDate: IsoDate;
  /** What the base price was read at: "2024-01-31", or "2023-10~2023-12" for a 3-month mean. */
  readonly baseReference: string;
  readonly comparisonReference: string;
  /**
   * B, per index unit, the base in force (rolls to P at an adjustment that changed the price).
   * In KRW, except with FX in the formula (F4), where B and P stay in `currency`.
   */
  readonly basePrice: D;
  /** P, per index unit, in `currency`. */
  readonly comparisonPrice: D;
  /** "KRW", or the index's own currency when FX is applied in the formula (F4). */
  readonly currency: string;
  /** F4 only: FX_b, the rate of the base in force, and FX(d_k), the rate on the adjustment date. */
  readonly fx: { readonly base: D; readonly comparison: D } | null;
  /** (P − B) / B, for display only. */
  readonly changeRate: D;
  readonly threshold: D;
  readonly reflectionRatio: D;
  readonly reflectionMode: ReflectionMode;
  /**
   * q: material content per item unit, index units. For `share`: U₀ · s / B₀; for `rate`:
   * U_{k−1} · s / B (the price in force and the base in force at this date).
   */
  readonly materialContent: D;
  /** For `rate` rows: s (q = unitPriceBefore · s / B); null otherwise. */
  readonly rateShare: D | null;
  /** For `share` rows: s, U₀ and B₀ that q derives from; null for `quantity` and `rate`. */
  readonly shareBasis: {
    readonly share: D;
    readonly originalUnitPrice: D;
    readonly originalBasePrice: D;
  } | null;
  readonly outcome: EvaluationOutcome;
  /** The material met the threshold in the agreed direction (its δ counts, even if the total rounded away). */
  readonly triggered: boolean;
  /** The item's unit price before this date (U_{k−1}). */
  readonly unitPriceBefore: D;
  /**
   * M: the part of the move that is reflected before the ratio, in KRW per index unit (F4:
   * P · FX(d_k) − B · FX_b); 0 when not triggered.
   */
  readonly movedAmount: D;
  /** δ = q · M · ρ, KRW per item unit, unrounded; 0 when not triggered. */
  readonly unitPriceDelta: D;
}

/** A delivery priced before and after the adjustment in effect on its date. */
export interface DeliveryOutcome {
  readonly origin: RowOrigin;
  readonly date: IsoDate;
  readonly quantity: D;
  readonly unitPriceBefore: D;
  readonly unitPriceAfter: D;
  readonly amountBefore: D;
  readonly amountAfter: D;
  /** amountAfter − amountBefore. */
  readonly adjustmentAmount: D;
}

/** An adjustment date at which an item's unit price changed. */
export interface ItemAdjustment {
  readonly agreementId: string;
  readonly buyer: string;
  readonly supplier: string;
  readonly item: string;
  readonly partNo: string | null;
  /** 1-based count of this item's adjustments. */
  readonly sequence: number;
  readonly adjustmentDate: IsoDate;
  readonly effectiveDate: IsoDate;
  readonly unitPriceBefore: D;
  /** U_{k−1} + Σδ before rounding. */
  readonly unitPriceExact: D;
  readonly unitPriceAfter: D;
  readonly priceDecimals: number;
  readonly rounding: RoundingMode;
  /** Every material of the item evaluated at this date, triggered first in row order. */
  readonly materials: readonly MaterialEvaluation[];
  /** Deliveries dated from this effective date until the next adjustment's. */
  readonly deliveries: readonly DeliveryOutcome[];
}

/** Per item: where it started and where it stands at the as-of date. */
export interface ItemSummary {
  readonly agreementId: string;
  readonly buyer: string;
  readonly supplier: string;
  readonly item: string;
  readonly partNo: string | null;
  readonly materials: readonly string[];
  readonly originalUnitPrice: D;
  readonly currentUnitPrice: D;
  readonly adjustmentCount: number;
  readonly evaluationCount: number;
  /** False when an error stopped this item's computation. */
  readonly complete: boolean;
}

export interface ComputeResult {
  /** The as-of date used (given or derived); null when no price was found at all. */
  readonly asOf: IsoDate | null;
  readonly adjustments: readonly ItemAdjustment[];
  readonly evaluations: readonly MaterialEvaluation[];
  readonly items: readonly ItemSummary[];
  readonly issues: readonly Issue[];
}
