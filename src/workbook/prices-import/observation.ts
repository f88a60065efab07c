import type { D } from '../../domain/decimal';
import type { PointInTime } from '../../domain/types';
import type { InputCell } from '../grid/grid';
import { isDateFormat, parseDecimalCell, parsePointCell } from '../input/values';
import { ecosPeriod } from './periods';
import { importError } from './spot-text';
import type { ImportedObservation, ImportOptions, ImportProblem, SourceSpot } from './types';

export interface PriceFacts {
  readonly series: string;
  readonly point: PointInTime;
  readonly value: D;
  readonly currency: string;
  readonly unit: string | null;
  /** File name, series code, period as written…: joined into 출처. */
  readonly sourceParts: readonly string[];
  readonly spot: SourceSpot;
}

/** A price with the user's scale applied and recorded in 출처 (and in the unit, which it changes). */
export function priceObservation(facts: PriceFacts, options: ImportOptions): ImportedObservation {
  const scale = options.scale;
  const scaled = scale !== null && !scale.eq(1);
  const unit = scaled && facts.unit !== null ? `${facts.unit} × ${scale.toFixed()}` : facts.unit;
  return {
    kind: 'price',
    series: facts.series,
    point: facts.point,
    value: scaled ? facts.value.times(scale) : facts.value,
    currency: facts.currency,
    unit,
    source: [...facts.sourceParts, ...(scaled ? [`× ${scale.toFixed()}`] : [])].join(' · '),
    spot: facts.spot,
  };
}

/** A positive number as the sheet would read it ("1,234.5" included), or the problem at `spot`. */
export function readPositive(cell: InputCell, spot: SourceSpot, what: ValueName): D | ImportProblem {
  const result = parseDecimalCell(cell, 'positive');
  if (result.ok) return result.value;
  return importError({
    spot,
    text: {
      ko: `${what.ko} ${result.expected.ko}. 입력값: "${result.input ?? ''}"`,
      en: `${what.en} ${result.expected.en}; found "${result.input ?? ''}"`,
    },
  });
}

/** "가격은" / "the price": the subject of a value's problem sentence. */
export interface ValueName {
  readonly ko: string;
  readonly en: string;
}

export const PRICE_VALUE: ValueName = { ko: '가격은', en: 'the price' };
export const RATE_VALUE: ValueName = { ko: '환율은', en: 'the rate' };

/** A date or month as the sheet would read it, or the problem at `spot`. */
export function readPoint(cell: InputCell, spot: SourceSpot): PointInTime | ImportProblem {
  // A year typed as a number (2024) in a worksheet, not the date serial 2024 (1905-07-16).
  const year =
    typeof cell.value === 'number' && !isDateFormat(cell.numberFormat)
      ? ecosPeriod(String(cell.value))
      : null;
  if (year !== null && /^\d{4}$/.test(String(cell.value))) return year;
  const result = parsePointCell(cell);
  if (result.ok) return result.value;
  // Statistics tables write periods as ECOS does: "2024Q2", "2024 Q2", "2024-S1", "2024".
  const period =
    typeof cell.value === 'string' ? ecosPeriod(cell.value.replace(/[\s-]+(?=[QqSs]\d$)/, '')) : null;
  if (period !== null) return period;
  return importError({
    spot,
    text: {
      ko: `일자는 ${result.expected.ko} (분기 2024Q2, 반기 2024S1, 연 2024도 읽습니다). 입력값: "${result.input ?? ''}"`,
      en: `the date ${result.expected.en} (quarters 2024Q2, halves 2024S1 and years 2024 are read too); found "${result.input ?? ''}"`,
    },
  });
}

export function isProblem<T extends object>(value: T | ImportProblem): value is ImportProblem {
  return 'severity' in value && 'spot' in value;
}
