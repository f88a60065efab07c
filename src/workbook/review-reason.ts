import type { D } from '../domain/decimal';
import type { MaterialEvaluation } from '../domain/types';
import { percentText, signedPercentText, signedWonText } from './display-text';

const MIN_RATE_DECIMALS = 2;
const MAX_RATE_DECIMALS = 6;

/**
 * Why a material did or did not move the unit price, in the words of the agreement:
 * "변동률 +12.00% ≥ 조정요건 10.00% — 단가 +2,160원" or
 * "변동률 +9.00% < 조정요건 10.00% — 미반영, 기준가격 유지".
 */
export function reviewReason(evaluation: MaterialEvaluation): string {
  const { changeRate, threshold, triggered } = evaluation;
  const decimals = distinguishingDecimals(changeRate.abs(), threshold);
  const rate = signedPercentText(changeRate, decimals);
  // A fall is compared by its size: "-12.00%" is not "≥ 10.00%" unless one says so.
  const size = changeRate.isNegative() ? `, 변동폭 ${percentText(changeRate.abs(), decimals)}` : '';
  const comparison = `변동률 ${rate}${size} ${triggered ? '≥' : '<'} 조정요건 ${percentText(threshold, decimals)}`;
  if (!triggered) {
    return `${comparison} — 미반영, 기준가격 유지`;
  }
  return `${comparison} — 단가 ${signedWonText(evaluation.unitPriceDelta)}원${reflectionNote(evaluation)}`;
}

function reflectionNote(evaluation: MaterialEvaluation): string {
  const notes = [
    ...(evaluation.reflectionMode === 'excess' ? ['초과분만 반영'] : []),
    ...(evaluation.reflectionRatio.eq(1) ? [] : [`반영비율 ${percentText(evaluation.reflectionRatio)}`]),
  ];
  return notes.length === 0 ? '' : ` (${notes.join(', ')})`;
}

/**
 * Two decimals of a percent, or more when two would show 9.999 % as "10.00% < 10.00%": the
 * first precision at which the rate and the threshold look as different as they are.
 */
function distinguishingDecimals(absRate: D, threshold: D): number {
  if (absRate.eq(threshold)) {
    return MIN_RATE_DECIMALS;
  }
  for (let decimals = MIN_RATE_DECIMALS; decimals < MAX_RATE_DECIMALS; decimals += 1) {
    if (percentText(absRate, decimals) !== percentText(threshold, decimals)) {
      return decimals;
    }
  }
  return MAX_RATE_DECIMALS;
}
