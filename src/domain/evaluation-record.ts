import type { ComparisonPoint, PricePoint } from './comparison-table';
import { type D, DisplayRatio, ZERO } from './decimal';
import type { IsoDate } from './dates';
import { contentAt, type MoveContext, triggeredMove } from './formula';
import { type MaterialFacts, termsOf } from './material-states';
import type {
  CostKind,
  Direction,
  EvaluationOutcome,
  FormulaKind,
  MaterialEvaluation,
  ReflectionMode,
  RowOrigin,
} from './types';

/**
 * One evaluation as the engine keeps it: only what differs from date to date (the base and the
 * comparison in force, FX(d_k) for F4, the price before, the outcome). Everything its material
 * row says is read through the row, and the numbers that follow from these (the change rate,
 * q, M, δ) are worked out again, by the same decimal operations, when someone reads them:
 * hundreds of thousands of evaluations then cost a few pointers each, not two dozen fields.
 */
export class EvaluationRecord implements MaterialEvaluation {
  constructor(
    private readonly facts: MaterialFacts,
    /** B in force, where it was read, and for F4 FX_b. */
    private readonly base: PricePoint,
    /** P, the date d_k it is read for, where it was read, and for F4 FX(d_k), the rate on d_k. */
    private readonly comparison: ComparisonPoint,
    readonly unitPriceBefore: D,
    /** Set by the walk: a triggered material of a date whose price did not change becomes priceUnchanged. */
    public outcome: EvaluationOutcome,
  ) {}

  get adjustmentDate(): IsoDate {
    return this.comparison.adjustmentDate;
  }
  get origin(): RowOrigin {
    return this.facts.row.origin;
  }
  get agreementId(): string {
    return this.facts.row.agreementId;
  }
  get item(): string {
    return this.facts.row.item;
  }
  get partNo(): string | null {
    return this.facts.row.partNo;
  }
  get material(): string {
    return this.facts.row.material;
  }
  get index(): string {
    return this.facts.row.index;
  }
  get unit(): string | null {
    return this.facts.unit;
  }
  get costKind(): CostKind {
    return this.facts.row.costKind;
  }
  get formula(): FormulaKind {
    return this.facts.row.formula;
  }
  get direction(): Direction {
    return this.facts.row.direction;
  }
  get baseReference(): string {
    return this.base.reference;
  }
  get comparisonReference(): string {
    return this.comparison.reference;
  }
  get basePrice(): D {
    return this.base.price;
  }
  get comparisonPrice(): D {
    return this.comparison.price;
  }
  get currency(): string {
    return this.facts.currency;
  }
  get fx(): { readonly base: D; readonly comparison: D } | null {
    const { base, comparison } = this;
    return base.fx === null || comparison.fx === null ? null : { base: base.fx, comparison: comparison.fx };
  }
  get changeRate(): D {
    return changeRateOf(this.base.price, this.comparison.price);
  }
  get threshold(): D {
    return this.facts.row.threshold;
  }
  get reflectionRatio(): D {
    return this.facts.row.reflectionRatio;
  }
  get reflectionMode(): ReflectionMode {
    return this.facts.row.reflectionMode;
  }
  get materialContent(): D {
    return contentAt(termsOf(this.facts), this.base.price, this.context());
  }
  get rateShare(): D | null {
    return this.facts.row.formula === 'rate' ? this.facts.row.materialShare : null;
  }
  get shareBasis(): MaterialEvaluation['shareBasis'] {
    const { row, originalUnitPrice, originalBasePrice } = this.facts;
    return row.formula === 'share' && row.materialShare
      ? { share: row.materialShare, originalUnitPrice, originalBasePrice }
      : null;
  }
  get triggered(): boolean {
    return this.outcome === 'triggered' || this.outcome === 'priceUnchanged';
  }
  get movedAmount(): D {
    return this.triggered ? this.move().movedAmount : ZERO;
  }
  get unitPriceDelta(): D {
    return this.triggered ? this.move().unitPriceDelta : ZERO;
  }

  /** B in force at this date (a point many rows share). */
  get basePoint(): PricePoint {
    return this.base;
  }

  /** P as read for this date (shared with every row that reads the index alike). */
  get comparisonPoint(): ComparisonPoint {
    return this.comparison;
  }

  /** The base in force after an adjustment at this date: the comparison price, and FX(d_k) for F4. */
  nextBase(): PricePoint {
    return this.comparison;
  }

  /** M and δ of a triggered evaluation, exactly as the walk summed them. */
  move(): { readonly movedAmount: D; readonly unitPriceDelta: D } {
    return triggeredMove(termsOf(this.facts), this.base.price, this.comparison.price, this.context());
  }

  private context(): MoveContext {
    return { unitPriceBefore: this.unitPriceBefore, fx: this.fx };
  }
}

/**
 * (P − B) / B, divided once per pair of prices: the base and comparison points are shared by
 * every row that reads an index alike, so a run of a million evaluations has a few thousand
 * distinct pairs, and its sheets ask for each rate several times. Decimals are immutable, so
 * sharing the quotient is safe; the weak maps let it go with the prices.
 */
function changeRateOf(base: D, comparison: D): D {
  let byComparison = CHANGE_RATES.get(base);
  if (byComparison === undefined) CHANGE_RATES.set(base, (byComparison = new WeakMap()));
  let rate = byComparison.get(comparison);
  if (rate === undefined) {
    rate = new DisplayRatio(comparison.minus(base)).dividedBy(base);
    byComparison.set(comparison, rate);
  }
  return rate;
}

const CHANGE_RATES = new WeakMap<D, WeakMap<D, D>>();
