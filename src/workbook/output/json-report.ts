import type { D } from '../../domain/decimal';
import type { IsoDate } from '../../domain/dates';
import type { Issue } from '../../domain/issues';
import type { ComputeResult, DeliveryOutcome, ItemAdjustment, MaterialEvaluation } from '../../domain/types';
import type { VerifyDifference } from '../verify/table-values';

/** `yeondong compute --json` (DOMAIN §5): amounts as plain decimal strings, dates ISO. */
export interface JsonReport {
  readonly asOf: IsoDate | null;
  readonly adjustments: readonly JsonAdjustment[];
  readonly evaluations: readonly JsonEvaluation[];
  readonly issues: readonly JsonIssue[];
  readonly fingerprint: string;
}

export interface JsonAdjustment {
  readonly agreementId: string;
  readonly item: string;
  readonly partNo: string | null;
  readonly adjustmentDate: IsoDate;
  readonly effectiveDate: IsoDate;
  readonly unitPriceBefore: string;
  readonly unitPriceAfter: string;
  readonly materials: readonly JsonMaterial[];
  readonly deliveries: readonly JsonDelivery[];
}

interface JsonMaterial {
  readonly material: string;
  readonly index: string;
  readonly basePrice: string;
  readonly comparisonPrice: string;
  /** (P − B) / B rounded to six decimals, e.g. "0.12". */
  readonly changeRate: string;
  readonly triggered: boolean;
  /** Why it moved the price or not: triggered, belowThreshold, wrongDirection or priceUnchanged. */
  readonly outcome: MaterialEvaluation['outcome'];
  readonly costKind: MaterialEvaluation['costKind'];
  readonly formula: MaterialEvaluation['formula'];
  /** "KRW", or the index's currency when FX is applied in the formula (then `fx` is set). */
  readonly currency: string;
  readonly fx?: { readonly base: string; readonly comparison: string };
  readonly unitPriceDelta: string;
}

export interface JsonEvaluation extends JsonMaterial {
  readonly agreementId: string;
  readonly item: string;
  readonly adjustmentDate: IsoDate;
}

interface JsonDelivery {
  readonly date: IsoDate;
  readonly quantity: string;
  readonly unitPriceBefore: string;
  readonly unitPriceAfter: string;
  readonly amountBefore: string;
  readonly amountAfter: string;
  readonly adjustmentAmount: string;
}

export interface JsonIssue {
  readonly severity: Issue['severity'];
  readonly sheet: string;
  readonly cell: string;
  readonly code: string;
  readonly message: string;
  readonly messageEn: string;
}

/** A difference in `yeondong verify --json`, its texts named as the issues' are. */
export interface JsonDifference extends Omit<VerifyDifference, 'text'> {
  readonly message: string;
  readonly messageEn: string;
}

const CHANGE_RATE_DECIMALS = 6;

export function toJsonReport(
  result: ComputeResult,
  issues: readonly Issue[],
  fingerprint: string,
): JsonReport {
  return {
    asOf: result.asOf,
    adjustments: result.adjustments.map(adjustmentJson),
    evaluations: result.evaluations.map(evaluationJson),
    issues: issues.map(issueJson),
    fingerprint,
  };
}

/** The report's own names for the two texts (a public format, DOMAIN §5). */
export function issueJson({ severity, sheet, cell, code, text }: Issue): JsonIssue {
  return { severity, sheet, cell, code, message: text.ko, messageEn: text.en };
}

export function differenceJson({ text, ...where }: VerifyDifference): JsonDifference {
  return { ...where, message: text.ko, messageEn: text.en };
}

export function evaluationJson(evaluation: MaterialEvaluation): JsonEvaluation {
  return {
    agreementId: evaluation.agreementId,
    item: evaluation.item,
    adjustmentDate: evaluation.adjustmentDate,
    ...materialJson(evaluation),
  };
}

/** Exact, never in exponent notation, and "0" rather than "-0". */
function amount(value: D): string {
  return value.toFixed();
}

export function adjustmentJson(adjustment: ItemAdjustment): JsonAdjustment {
  return {
    agreementId: adjustment.agreementId,
    item: adjustment.item,
    partNo: adjustment.partNo,
    adjustmentDate: adjustment.adjustmentDate,
    effectiveDate: adjustment.effectiveDate,
    unitPriceBefore: amount(adjustment.unitPriceBefore),
    unitPriceAfter: amount(adjustment.unitPriceAfter),
    materials: adjustment.materials.map(materialJson),
    deliveries: adjustment.deliveries.map(deliveryJson),
  };
}

function materialJson(evaluation: MaterialEvaluation): JsonMaterial {
  return {
    material: evaluation.material,
    index: evaluation.index,
    basePrice: amount(evaluation.basePrice),
    comparisonPrice: amount(evaluation.comparisonPrice),
    changeRate: amount(evaluation.changeRate.toDecimalPlaces(CHANGE_RATE_DECIMALS)),
    triggered: evaluation.triggered,
    outcome: evaluation.outcome,
    costKind: evaluation.costKind,
    formula: evaluation.formula,
    currency: evaluation.currency,
    ...(evaluation.fx
      ? { fx: { base: amount(evaluation.fx.base), comparison: amount(evaluation.fx.comparison) } }
      : {}),
    unitPriceDelta: amount(evaluation.unitPriceDelta),
  };
}

function deliveryJson(delivery: DeliveryOutcome): JsonDelivery {
  return {
    date: delivery.date,
    quantity: amount(delivery.quantity),
    unitPriceBefore: amount(delivery.unitPriceBefore),
    unitPriceAfter: amount(delivery.unitPriceAfter),
    amountBefore: amount(delivery.amountBefore),
    amountAfter: amount(delivery.amountAfter),
    adjustmentAmount: amount(delivery.adjustmentAmount),
  };
}
