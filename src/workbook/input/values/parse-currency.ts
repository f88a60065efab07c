import type { InputCell } from '../../grid/grid';
import { type Bilingual, ISSUE } from '../../../domain/issues';
import { commonProblem, normalizedText, shownValue } from './cell-basics';
import { type ParseResult, parsed, problem } from './problem';

export const HOME_CURRENCY = 'KRW';

const EXPECTED: Bilingual = {
  ko: '통화 코드여야 합니다 (예: KRW, USD)',
  en: 'must be a currency code (e.g. KRW, USD)',
};

/** Words and signs people write for a currency instead of its ISO code. */
const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  원: 'KRW',
  원화: 'KRW',
  '₩': 'KRW',
  $: 'USD',
  달러: 'USD',
  us$: 'USD',
  엔: 'JPY',
  엔화: 'JPY',
  위안: 'CNY',
  위안화: 'CNY',
  유로: 'EUR',
  '€': 'EUR',
};

/** An upper-case ISO 4217 code. An empty cell is for the reader to default to KRW. */
export function parseCurrencyCell(cell: InputCell): ParseResult<string> {
  const common = commonProblem(cell, EXPECTED);
  if (common) return common;
  if (typeof cell.value !== 'string') return problem(ISSUE.INVALID_CURRENCY, EXPECTED, shownValue(cell));
  const text = normalizedText(cell.value).toLowerCase();
  const known = CURRENCY_WORDS[text];
  if (known !== undefined) return parsed(known);
  if (/^[a-z]{3}$/.test(text)) return parsed(text.toUpperCase());
  return problem(ISSUE.INVALID_CURRENCY, EXPECTED, shownValue(cell));
}
