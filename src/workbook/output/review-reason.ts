import { D } from '../../domain/decimal';
import type { MaterialEvaluation } from '../../domain/types';
import { percentText, signedPercentText, signedWonText, wonText } from '../grid/display-text';

const MIN_RATE_DECIMALS = 2;
const MAX_RATE_DECIMALS = 6;
/** One step of a percent shown with MIN_RATE_DECIMALS decimals, as a fraction (0.01 % = 0.0001). */
const MIN_RATE_STEP = new D(10).pow(-(MIN_RATE_DECIMALS + 2));

/**
 * Why a material did or did not move the unit price, in the words of the agreement:
 * "변동률 +12.00% ≥ 조정요건 10.00% — 단가 +2,160원",
 * "변동률 +9.00% < 조정요건 10.00% — 미반영, 기준가격 유지",
 * "변동률 -12.00% — 조정방향 상승만: 하락은 미반영, 기준가격 유지" or
 * "변동률 +1.00% ≥ 조정요건 0.00% (모든 경우) — 단가 +0.36원이 반올림으로 없어져 조정 없음, 기준가격 유지".
 */
export function reviewReason(evaluation: MaterialEvaluation, changeRate: D = evaluation.changeRate): string {
  const { threshold, outcome } = evaluation;
  const decimals = distinguishingDecimals(changeRate.abs(), threshold);
  const rate = rateText(changeRate, decimals);
  const kept = '기준가격 유지';
  if (outcome === 'wrongDirection') {
    const [agreed, move] = evaluation.direction === 'riseOnly' ? ['상승만', '하락'] : ['하락만', '상승'];
    return `변동률 ${rate} — 조정방향 ${agreed}: ${move}은 미반영, ${kept}`;
  }
  // A fall is compared by its size: "-12.00%" is not "≥ 10.00%" unless one says so.
  const size = changeRate.isNegative() ? `, 변동폭 ${percentText(changeRate.abs(), decimals)}` : '';
  const every = threshold.isZero() ? ' (모든 경우)' : '';
  const met = outcome !== 'belowThreshold';
  const comparison = `변동률 ${rate}${size} ${met ? '≥' : '<'} 조정요건 ${termPercentText(threshold, decimals)}${every}`;
  if (outcome === 'belowThreshold') {
    return changeRate.isZero() ? `변동률 0.00% — 변동 없음, ${kept}` : `${comparison} — 미반영, ${kept}`;
  }
  const delta = `단가 ${signedWonText(evaluation.unitPriceDelta)}원${reflectionNote(evaluation)}`;
  if (outcome === 'priceUnchanged') {
    return `${comparison} — ${delta}, 반올림 후 단가가 그대로라 조정 없음, ${kept}`;
  }
  return `${comparison} — ${delta}`;
}

/**
 * A percentage's text, made once per (value, decimals): an agreement row's threshold and ratio
 * recur in each of its evaluations, and a change rate in every row that reads an index alike
 * (the engine shares the rate of a pair of prices).
 */
function textOnce(
  texts: WeakMap<D, Map<number, string>>,
  value: D,
  decimals: number,
  make: (value: D, decimals: number) => string,
): string {
  let byDecimals = texts.get(value);
  if (byDecimals === undefined) texts.set(value, (byDecimals = new Map()));
  let text = byDecimals.get(decimals);
  if (text === undefined) byDecimals.set(decimals, (text = make(value, decimals)));
  return text;
}

const TERM_TEXTS = new WeakMap<D, Map<number, string>>();
const RATE_TEXTS = new WeakMap<D, Map<number, string>>();

/** "10.00%" of a threshold or reflection ratio. */
function termPercentText(term: D, decimals: number): string {
  return textOnce(TERM_TEXTS, term, decimals, percentText);
}

/** "+12.00%" of a change rate. */
function rateText(rate: D, decimals: number): string {
  return textOnce(RATE_TEXTS, rate, decimals, signedPercentText);
}

/** The status column: 발동 (the price moved), 미발동, or why a met threshold changed nothing. */
export const OUTCOME_LABEL: Readonly<Record<MaterialEvaluation['outcome'], string>> = {
  triggered: '발동',
  belowThreshold: '미발동',
  wrongDirection: '미발동 (조정방향)',
  priceUnchanged: '발동, 단가 불변',
};

function reflectionNote(evaluation: MaterialEvaluation): string {
  const notes = [
    ...(evaluation.formula === 'rate' ? ['변동률 산식: 직전 단가 × 변동률 × 비중'] : []),
    ...(evaluation.fx
      ? [`환율 ${wonText(evaluation.fx.base)} → ${wonText(evaluation.fx.comparison)}원 (산식 반영)`]
      : []),
    ...(evaluation.reflectionMode === 'excess' ? ['초과분만 반영'] : []),
    ...(evaluation.reflectionRatio.eq(1)
      ? []
      : [`반영비율 ${termPercentText(evaluation.reflectionRatio, 2)}`]),
  ];
  return notes.length === 0 ? '' : ` (${notes.join(', ')})`;
}

/**
 * Two decimals of a percent, or more when two would show 9.999 % as "10.00% < 10.00%": the
 * first precision at which the rate and the threshold look as different as they are.
 */
function distinguishingDecimals(absRate: D, threshold: D): number {
  // More than one step of the shown grid apart, they cannot round to the same text.
  if (absRate.eq(threshold) || absRate.minus(threshold).abs().greaterThan(MIN_RATE_STEP)) {
    return MIN_RATE_DECIMALS;
  }
  for (let decimals = MIN_RATE_DECIMALS; decimals < MAX_RATE_DECIMALS; decimals += 1) {
    if (percentText(absRate, decimals) !== termPercentText(threshold, decimals)) {
      return decimals;
    }
  }
  return MAX_RATE_DECIMALS;
}
