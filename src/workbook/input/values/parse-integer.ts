import type { InputCell } from '../../grid/grid';
import { type Bilingual, ISSUE } from '../../../domain/issues';
import { commonProblem, normalizedText, shownValue } from './cell-basics';
import { type ParseResult, parsed, problem } from './problem';

export interface IntegerRange {
  readonly min: number;
  readonly max: number;
  /** Unit words that may follow the number: "3개월", "30일". */
  readonly suffixes: readonly string[];
}

/** A whole number within a range, from a number cell or text such as "3" or "3개월". */
export function parseIntegerCell(cell: InputCell, range: IntegerRange): ParseResult<number> {
  const expected: Bilingual = {
    ko: `${range.min} 이상 ${range.max} 이하의 정수여야 합니다`,
    en: `must be a whole number from ${range.min} to ${range.max}`,
  };
  const common = commonProblem(cell, expected);
  if (common) return common;
  const value = readInteger(cell, range.suffixes);
  if (value === null) return problem(ISSUE.INVALID_INTEGER, expected, shownValue(cell));
  if (value < range.min || value > range.max) return problem(ISSUE.OUT_OF_RANGE, expected, shownValue(cell));
  return parsed(value);
}

function readInteger(cell: InputCell, suffixes: readonly string[]): number | null {
  const { value } = cell;
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : null;
  if (typeof value !== 'string') return null;
  let text = normalizedText(value);
  const suffix = suffixes.find((word) => text.endsWith(word));
  if (suffix !== undefined) text = text.slice(0, -suffix.length).trimEnd();
  if (!/^[+-]?\d{1,9}$/.test(text)) return null;
  return Number(text);
}
