/**
 * Hand-built ComputeResults for the output tests, consistent by construction: the trigger, q and
 * δ come from the domain's formula functions and the new price from its rounding, so a fixture
 * cannot state a δ that the rule would not give. The tests assert the literal numbers.
 */
import { D } from '../../../src/domain/decimal';
import { evaluateMove } from '../../../src/domain/formula';
import { roundUnitPrice } from '../../../src/domain/rounding';
import type {
  ComputeResult,
  DeliveryOutcome,
  FormulaKind,
  ItemAdjustment,
  ItemSummary,
  MaterialEvaluation,
  ReflectionMode,
  RoundingMode,
  RowOrigin,
} from '../../../src/domain/types';

export interface ItemSpec {
  readonly agreementId: string;
  readonly buyer: string;
  readonly supplier: string;
  readonly item: string;
  readonly partNo: string | null;
  /** U₀. */
  readonly originalUnitPrice: string;
  readonly priceDecimals?: number;
  readonly rounding?: RoundingMode;
}

export interface MaterialSpec {
  readonly material: string;
  readonly index: string;
  readonly formula?: FormulaKind;
  readonly quantity?: string;
  readonly share?: string;
  /** B₀ for 비중 rows; defaults to `base`. */
  readonly originalBase?: string;
  readonly base: string;
  readonly comparison: string;
  readonly threshold: string;
  readonly ratio?: string;
  readonly mode?: ReflectionMode;
  readonly row?: number;
}

const origin = (row: number): RowOrigin => ({ sheet: '연동약정', row, cells: { material: `L${row}` } });

export function evaluate(
  item: ItemSpec,
  adjustmentDate: string,
  spec: MaterialSpec,
  unitPriceBefore: string = item.originalUnitPrice,
): MaterialEvaluation {
  const formula = spec.formula ?? 'quantity';
  const base = new D(spec.base);
  const comparison = new D(spec.comparison);
  const terms = {
    formula,
    quantityPerUnit: spec.quantity === undefined ? null : new D(spec.quantity),
    materialShare: spec.share === undefined ? null : new D(spec.share),
    originalUnitPrice: new D(item.originalUnitPrice),
    originalBasePrice: new D(spec.originalBase ?? spec.base),
    threshold: new D(spec.threshold),
    reflectionRatio: new D(spec.ratio ?? '1'),
    reflectionMode: spec.mode ?? 'whole',
    direction: 'both',
  } as const;
  const before = new D(unitPriceBefore);
  const move = evaluateMove(terms, base, comparison, { unitPriceBefore: before, fx: null });
  return {
    origin: origin(spec.row ?? 2),
    agreementId: item.agreementId,
    item: item.item,
    partNo: item.partNo,
    material: spec.material,
    index: spec.index,
    unit: 'kg',
    costKind: 'material',
    formula,
    direction: 'both',
    adjustmentDate,
    baseReference: '2024-01-31',
    comparisonReference: '2024-03-31',
    basePrice: base,
    comparisonPrice: comparison,
    currency: 'KRW',
    fx: null,
    changeRate: comparison.minus(base).dividedBy(base),
    threshold: terms.threshold,
    reflectionRatio: terms.reflectionRatio,
    reflectionMode: terms.reflectionMode,
    materialContent: move.content,
    rateShare: formula === 'rate' ? terms.materialShare : null,
    shareBasis:
      formula === 'share' && terms.materialShare
        ? {
            share: terms.materialShare,
            originalUnitPrice: terms.originalUnitPrice,
            originalBasePrice: terms.originalBasePrice,
          }
        : null,
    outcome: move.outcome,
    triggered: move.outcome === 'triggered',
    unitPriceBefore: before,
    movedAmount: move.movedAmount,
    unitPriceDelta: move.unitPriceDelta,
  };
}

export interface AdjustmentSpec {
  readonly sequence: number;
  readonly adjustmentDate: string;
  readonly effectiveDate?: string;
  readonly unitPriceBefore: string;
  readonly materials: readonly MaterialSpec[];
  readonly deliveries?: readonly { readonly date: string; readonly quantity: string }[];
}

export function adjust(item: ItemSpec, spec: AdjustmentSpec): ItemAdjustment {
  const evaluations = spec.materials.map((material) =>
    evaluate(item, spec.adjustmentDate, material, spec.unitPriceBefore),
  );
  const ordered = [...evaluations.filter((e) => e.triggered), ...evaluations.filter((e) => !e.triggered)];
  const before = new D(spec.unitPriceBefore);
  const exact = evaluations.reduce((sum, e) => sum.plus(e.unitPriceDelta), before);
  const decimals = item.priceDecimals ?? 0;
  const rounding = item.rounding ?? 'halfUp';
  const after = roundUnitPrice(exact, decimals, rounding);
  const deliveries: DeliveryOutcome[] = (spec.deliveries ?? []).map((delivery, index) => {
    const quantity = new D(delivery.quantity);
    return {
      origin: { sheet: '납품실적', row: index + 2, cells: {} },
      date: delivery.date,
      quantity,
      unitPriceBefore: before,
      unitPriceAfter: after,
      amountBefore: quantity.times(before),
      amountAfter: quantity.times(after),
      adjustmentAmount: quantity.times(after.minus(before)),
    };
  });
  return {
    agreementId: item.agreementId,
    buyer: item.buyer,
    supplier: item.supplier,
    item: item.item,
    partNo: item.partNo,
    sequence: spec.sequence,
    adjustmentDate: spec.adjustmentDate,
    effectiveDate: spec.effectiveDate ?? spec.adjustmentDate,
    unitPriceBefore: before,
    unitPriceExact: exact,
    unitPriceAfter: after,
    priceDecimals: decimals,
    rounding,
    materials: ordered,
    deliveries,
  };
}

/** A result from adjustments plus the evaluations that moved nothing (dates with no change). */
export function resultOf(
  asOf: string,
  adjustments: readonly ItemAdjustment[],
  quietEvaluations: readonly MaterialEvaluation[] = [],
  items: readonly ItemSpec[] = [],
): ComputeResult {
  const evaluations = [...adjustments.flatMap((a) => a.materials), ...quietEvaluations].sort((a, b) =>
    a.adjustmentDate < b.adjustmentDate ? -1 : a.adjustmentDate > b.adjustmentDate ? 1 : 0,
  );
  const summaries: ItemSummary[] = items.map((item) => {
    const own = adjustments.filter((a) => a.agreementId === item.agreementId && a.item === item.item);
    const last = own[own.length - 1];
    const ownEvaluations = evaluations.filter(
      (e) => e.agreementId === item.agreementId && e.item === item.item,
    );
    return {
      agreementId: item.agreementId,
      buyer: item.buyer,
      supplier: item.supplier,
      item: item.item,
      partNo: item.partNo,
      materials: [...new Set(ownEvaluations.map((e) => e.material))],
      originalUnitPrice: new D(item.originalUnitPrice),
      currentUnitPrice: last ? last.unitPriceAfter : new D(item.originalUnitPrice),
      adjustmentCount: own.length,
      evaluationCount: ownEvaluations.length,
      complete: true,
    };
  });
  return { asOf, adjustments, evaluations, items: summaries, issues: [] };
}

// ── The scenarios of the tests ────────────────────────────────────────────────────────────────

export const MOTOR: ItemSpec = {
  agreementId: 'A-001',
  buyer: '(주)대한전자',
  supplier: '한빛금속',
  item: '모터 하우징',
  partNo: 'MH-100',
  originalUnitPrice: '10000',
};

export const COPPER = { material: '구리', index: 'LME 구리', quantity: '2', threshold: '0.1' } as const;

/** DOMAIN §3.5 example 1: +12 % → δ 2,160 → 12,160. */
export function exampleOne(): ComputeResult {
  const adjustment = adjust(MOTOR, {
    sequence: 1,
    adjustmentDate: '2024-04-01',
    unitPriceBefore: '10000',
    materials: [{ ...COPPER, base: '9000', comparison: '10080' }],
  });
  return resultOf('2024-04-01', [adjustment], [], [MOTOR]);
}

export const BRACKET: ItemSpec = {
  agreementId: 'B-7',
  buyer: '(주)대한전자',
  supplier: '서울수지',
  item: '브래킷',
  partNo: null,
  originalUnitPrice: '50000',
};

/**
 * Steel by 비중 with 초과분: q = 50,000 × 40 % / 800 = 25; P 900 is +12.5 % against t 5 %, so
 * 60 of the 100 move is beyond the band: δ = 25 × 60 × 80 % = 1,200 → 51,200. Resin +5 % < 10 %
 * stays. Deliveries of 150 units owe 150 × 1,200 = 180,000.
 */
export function shareExcessTwoMaterials(): ComputeResult {
  const adjustment = adjust(BRACKET, {
    sequence: 1,
    adjustmentDate: '2024-07-01',
    effectiveDate: '2024-07-08',
    unitPriceBefore: '50000',
    materials: [
      {
        material: '수지',
        index: 'PP 수지',
        quantity: '0.5',
        base: '2000',
        comparison: '2100',
        threshold: '0.1',
        row: 4,
      },
      {
        material: '강판',
        index: '열연강판',
        formula: 'share',
        share: '0.4',
        base: '800',
        comparison: '900',
        threshold: '0.05',
        ratio: '0.8',
        mode: 'excess',
        row: 3,
      },
    ],
    deliveries: [
      { date: '2024-07-10', quantity: '100' },
      { date: '2024-08-05', quantity: '50' },
    ],
  });
  return resultOf('2024-07-01', [adjustment], [], [BRACKET]);
}

/**
 * Example 1 followed by a fall of exactly the threshold (−10 %, inclusive): 2 × −1,008 = −2,016
 * → 10,144; the second adjustment's old price is the first one's new price. Between them a quiet
 * quarter (+5 %) evaluates without an adjustment.
 */
export function twoAdjustmentsOfOneItem(): ComputeResult {
  const first = adjust(MOTOR, {
    sequence: 1,
    adjustmentDate: '2024-04-01',
    unitPriceBefore: '10000',
    materials: [{ ...COPPER, base: '9000', comparison: '10080' }],
  });
  const quiet = evaluate(MOTOR, '2024-07-01', { ...COPPER, base: '10080', comparison: '10584' });
  const second = adjust(MOTOR, {
    sequence: 2,
    adjustmentDate: '2024-10-01',
    unitPriceBefore: first.unitPriceAfter.toFixed(),
    materials: [{ ...COPPER, base: '10080', comparison: '9072' }],
  });
  return resultOf('2024-10-01', [first, second], [quiet], [MOTOR]);
}
