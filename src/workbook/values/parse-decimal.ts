import { D } from '../../domain/decimal';
import type { InputCell } from '../grid';
import { INPUT_ISSUE } from '../input-issues';
import { commonProblem, shownValue } from './cell-basics';
import { readNumberText } from './number-text';
import { type Bilingual, type ParseResult, parsed, problem } from './problem';

export type DecimalBound = 'any' | 'positive' | 'nonNegative';

const EXPECTED: Record<DecimalBound, Bilingual> = {
  any: { ko: '숫자여야 합니다 (예: 1,234.5)', en: 'must be a number (e.g. 1,234.5)' },
  positive: {
    ko: '0보다 큰 숫자여야 합니다 (예: 1,234.5)',
    en: 'must be a number greater than 0 (e.g. 1,234.5)',
  },
  nonNegative: {
    ko: '0 이상의 숫자여야 합니다 (예: 1,234.5)',
    en: 'must be a number of 0 or more (e.g. 1,234.5)',
  },
};

/** An exact decimal from a number cell or from text such as "1,234.5", "₩1,000", "1,000원". */
export function parseDecimalCell(cell: InputCell, bound: DecimalBound = 'any'): ParseResult<D> {
  const expected = EXPECTED[bound];
  const common = commonProblem(cell, expected);
  if (common) return common;
  const value = readDecimal(cell);
  if (value === null)
    return problem(INPUT_ISSUE.INVALID_NUMBER, expected, shownValue(cell), notANumberReason(cell));
  if (!withinBound(value, bound)) return problem(INPUT_ISSUE.OUT_OF_RANGE, expected, shownValue(cell));
  return parsed(value);
}

function readDecimal(cell: InputCell): D | null {
  const { value } = cell;
  if (typeof value === 'number') {
    // String(n) is the shortest text that round-trips the double Excel stored; that is the value.
    return Number.isFinite(value) ? new D(String(value)) : null;
  }
  if (typeof value === 'string') {
    const text = readNumberText(value);
    return text && !text.percent ? new D(text.digits) : null;
  }
  return null;
}

function withinBound(value: D, bound: DecimalBound): boolean {
  if (bound === 'positive') return value.gt(0);
  if (bound === 'nonNegative') return value.gte(0);
  return true;
}

function notANumberReason(cell: InputCell): Bilingual | undefined {
  if (cell.value instanceof Date) return { ko: '날짜가 입력되어 있습니다', en: 'the cell holds a date' };
  if (typeof cell.value === 'boolean')
    return { ko: '논리값이 입력되어 있습니다', en: 'the cell holds TRUE/FALSE' };
  if (typeof cell.value === 'string' && cell.value.trim().endsWith('%')) {
    return { ko: '이 항목은 백분율이 아닙니다', en: 'this field is not a percentage' };
  }
  return undefined;
}
