import { isValidYmd, makeDate } from '../../../domain/dates';
import type { InputCell } from '../../grid/grid';
import { type Bilingual, ISSUE } from '../../../domain/issues';
import { commonProblem, shownValue } from './cell-basics';
import { type ParseResult, parsed, problem } from './problem';

const EXPECTED: Bilingual = { ko: '텍스트여야 합니다', en: 'must be text' };

/**
 * The longest text an input field keeps. Names, numbers and units are short; a longer value is
 * a paste gone wrong, and output cells that combine several fields must stay within Excel's
 * 32,767 characters per cell.
 */
export const MAX_TEXT_LENGTH = 255;
const SHORT_TEXT: Bilingual = {
  ko: `${MAX_TEXT_LENGTH}자 이하의 텍스트여야 합니다`,
  en: `must be text of at most ${MAX_TEXT_LENGTH} characters`,
};

/**
 * Text exactly as written, without its outer spaces, of at most MAX_TEXT_LENGTH characters. A
 * number in a text column (a part number typed as 12345) becomes its digits; a date (Excel
 * turned "3-15" into one) becomes ISO text.
 */
export function parseTextCell(cell: InputCell): ParseResult<string> {
  const common = commonProblem(cell, EXPECTED);
  if (common) return common;
  const { value } = cell;
  if (typeof value === 'string') {
    const text = value.trim();
    if (text.length <= MAX_TEXT_LENGTH) return parsed(text);
    return problem(ISSUE.TEXT_TOO_LONG, SHORT_TEXT, shownValue(cell), {
      ko: `입력은 ${text.length}자입니다`,
      en: `the text has ${text.length} characters`,
    });
  }
  if (typeof value === 'number' && Number.isFinite(value)) return parsed(String(value));
  if (typeof value === 'boolean') return parsed(value ? 'TRUE' : 'FALSE');
  if (value instanceof Date) {
    const [year, month, day] = [value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()];
    if (isValidYmd(year, month, day)) return parsed(makeDate(year, month, day));
  }
  return problem(ISSUE.INVALID_TEXT, EXPECTED, shownValue(cell));
}
