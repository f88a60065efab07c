import { isValidYmd, makeDate } from '../../domain/dates';
import type { InputCell } from '../grid';
import { INPUT_ISSUE } from '../input-issues';
import { commonProblem, shownValue } from './cell-basics';
import { type Bilingual, type ParseResult, parsed, problem } from './problem';

const EXPECTED: Bilingual = { ko: '텍스트여야 합니다', en: 'must be text' };

/**
 * Text exactly as written, without its outer spaces. A number in a text column (a part number
 * typed as 12345) becomes its digits; a date (Excel turned "3-15" into one) becomes ISO text.
 */
export function parseTextCell(cell: InputCell): ParseResult<string> {
  const common = commonProblem(cell, EXPECTED);
  if (common) return common;
  const { value } = cell;
  if (typeof value === 'string') return parsed(value.trim());
  if (typeof value === 'number' && Number.isFinite(value)) return parsed(String(value));
  if (typeof value === 'boolean') return parsed(value ? 'TRUE' : 'FALSE');
  if (value instanceof Date) {
    const [year, month, day] = [value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()];
    if (isValidYmd(year, month, day)) return parsed(makeDate(year, month, day));
  }
  return problem(INPUT_ISSUE.INVALID_TEXT, EXPECTED, shownValue(cell));
}
