import type { D } from '../../domain/decimal';
import type { Standing } from '../../domain/outlook/standing';
import type { Direction } from '../../domain/types';
import { percentText, signedPercentText } from '../grid/display-text';

/** Percentages with at most two decimals and no trailing zeros: 0.072 → "7.2%". */
function shortPercent(fraction: D, signed: boolean): string {
  const text = (signed ? signedPercentText : percentText)(fraction, 2);
  return text.replace(/\.?0+%$/, '%');
}

/**
 * "+7.2% / 10%": the change the next adjustment would measure against the threshold, with the
 * direction the agreement reflects ("10% ↑" rises only, "10% ↓" falls only).
 */
export function standingText(standing: Standing, threshold: D, direction: Direction): string {
  const way = direction === 'riseOnly' ? ' ↑' : direction === 'fallOnly' ? ' ↓' : '';
  return `${shortPercent(standing.changeRate, true)} / ${shortPercent(threshold, false)}${way}`;
}

/** "2.8%p": the further change still needed, in percentage points of the base. */
export function remainingText(standing: Standing): string {
  return `${shortPercent(standing.remaining, false).replace(/%$/, '')}%p`;
}
