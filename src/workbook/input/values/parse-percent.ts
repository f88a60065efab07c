import { D } from '../../../domain/decimal';
import type { InputCell } from '../../grid/grid';
import { type Bilingual, ISSUE } from '../../../domain/issues';
import { commonProblem, formatCodes, shownValue } from './cell-basics';
import { readNumberText } from './number-text';
import { type ParseNote, type ParseResult, parsed, problem } from './problem';

const EXPECTED: Bilingual = {
  ko: '0%보다 크고 100% 이하인 백분율이어야 합니다 (예: 10 또는 10%)',
  en: 'must be a percentage above 0 % and at most 100 % (e.g. 10 or 10%)',
};

const EXPECTED_OR_ZERO: Bilingual = {
  ko: '0% 이상 100% 이하인 백분율이어야 합니다 (예: 0, 3 또는 3%)',
  en: 'must be a percentage from 0 % to 100 % (e.g. 0, 3 or 3%)',
};

/**
 * A percentage as a fraction (10 % → 0.1). The cell decides how to read a number: a cell
 * formatted as percent stores the fraction (0.1 shown as 10 %), any other number or text
 * without "%" is in percent points (10 → 0.1), and "10%" text is explicit.
 */
export function parsePercentCell(cell: InputCell, allowZero = false): ParseResult<D> {
  const expected = allowZero ? EXPECTED_OR_ZERO : EXPECTED;
  const common = commonProblem(cell, expected);
  if (common) return common;
  const read = readPercent(cell);
  if (read === null) return problem(ISSUE.INVALID_PERCENT, expected, shownValue(cell));
  if (read.fraction.isNegative() || (!allowZero && read.fraction.isZero()) || read.fraction.gt(1)) {
    return problem(ISSUE.OUT_OF_RANGE, expected, shownValue(cell));
  }
  return parsed(read.fraction, read.inPoints ? ambiguityNote(read.fraction, shownValue(cell)) : undefined);
}

interface PercentRead {
  readonly fraction: D;
  /** True when the number was taken as percent points without a "%" saying so. */
  readonly inPoints: boolean;
}

function readPercent(cell: InputCell): PercentRead | null {
  const { value } = cell;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    const stored = new D(String(value));
    return hasPercentFormat(cell.numberFormat)
      ? { fraction: stored, inPoints: false }
      : { fraction: stored.div(100), inPoints: true };
  }
  if (typeof value === 'string') {
    const text = readNumberText(value);
    if (!text || text.currency) return null;
    return { fraction: new D(text.digits).div(100), inPoints: !text.percent };
  }
  return null;
}

export function hasPercentFormat(numberFormat: string | undefined): boolean {
  return formatCodes(numberFormat).includes('%');
}

/** 0.1 in points is 0.1 %; someone may have meant 10 %, so say how it was read. */
function ambiguityNote(fraction: D, shown: string): ParseNote | undefined {
  if (fraction.gte(0.01) || fraction.isZero()) return undefined;
  const read = fraction.times(100).toFixed();
  const meant = fraction.times(10000).toFixed();
  return {
    code: ISSUE.AMBIGUOUS_PERCENT,
    text: {
      ko: `${shown}을(를) ${read}%로 읽었습니다. ${meant}%를 뜻했다면 ${meant} 또는 ${meant}%로 입력하세요`,
      en: `${shown} was read as ${read} %. If you meant ${meant} %, enter ${meant} or ${meant}%`,
    },
  };
}
