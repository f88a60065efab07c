import { D } from '../../../domain/decimal';
import type { InputCell } from '../../grid/grid';
import { type Bilingual, ISSUE } from '../../../domain/issues';
import { commonProblem, shownValue } from './cell-basics';
import { isWonSign, readNumberText } from './number-text';
import { type ParseProblem, type ParseResult, parsed, problem } from './problem';

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

/**
 * Numbers at or beyond this size are refused: no price, quantity or rate comes near it, and
 * products of such values would leave the range in which Excel (15 significant digits) and
 * the output's numbers stay exact and finite.
 */
const MAX_MAGNITUDE = new D('1e15');
const MAX_MAGNITUDE_TEXT = '999,999,999,999,999';

/**
 * An exact decimal from a number cell or from text such as "1,234.5", "₩1,000", "1,000원".
 * Refused besides unreadable text: a currency sign other than won's ("$8,000"), text such as
 * "18.500" whose dot may group thousands, and magnitudes of 10^15 or more (1e308).
 */
export function parseDecimalCell(cell: InputCell, bound: DecimalBound = 'any'): ParseResult<D> {
  const expected = EXPECTED[bound];
  const common = commonProblem(cell, expected);
  if (common) return common;
  const read = readDecimal(cell);
  if (read === null) return problem(ISSUE.INVALID_NUMBER, expected, shownValue(cell), notANumberReason(cell));
  if ('refused' in read) return read.refused(expected, shownValue(cell));
  const value = read.value;
  if (value.abs().gte(MAX_MAGNITUDE)) {
    return problem(ISSUE.OUT_OF_RANGE, expected, shownValue(cell), {
      ko: `숫자가 너무 큽니다. ${MAX_MAGNITUDE_TEXT} 이하여야 합니다`,
      en: `the number is too large; it must be at most ${MAX_MAGNITUDE_TEXT}`,
    });
  }
  if (!withinBound(value, bound)) return problem(ISSUE.OUT_OF_RANGE, expected, shownValue(cell));
  return parsed(value);
}

type Refusal = (expected: Bilingual, shown: string) => ParseProblem;

function readDecimal(cell: InputCell): { value: D } | { refused: Refusal } | null {
  const { value } = cell;
  if (typeof value === 'number') {
    // String(n) is the shortest text that round-trips the double Excel stored; that is the value.
    return Number.isFinite(value) ? { value: new D(String(value)) } : null;
  }
  if (typeof value !== 'string') return null;
  const text = readNumberText(value);
  if (!text || text.percent) return null;
  if (!isWonSign(text.currencySign)) return { refused: foreignSign(text.currencySign) };
  if (text.ambiguousGrouping) return { refused: ambiguousGrouping(text.digits) };
  return { value: new D(text.digits) };
}

function foreignSign(sign: string): Refusal {
  return (expected, shown) =>
    problem(ISSUE.CURRENCY_SIGN_NOT_WON, expected, shown, {
      ko: `통화 기호 '${sign}'는 쓸 수 없습니다. 금액은 원(₩, 원, KRW)으로 적고, 외화 가격은 기호 없이 숫자만 적은 뒤 통화 열에 통화를 적으세요`,
      en: `the currency sign '${sign}' is not accepted: amounts are in won (₩, 원, KRW); write a foreign-currency price as a plain number and its currency in the 통화 (currency) column`,
    });
}

/** "18.500" → 18.5 or 18500? The dot of Korean numbers is a decimal point, but a grouping dot is common abroad. */
function ambiguousGrouping(digits: string): Refusal {
  const unsigned = digits.replace('-', '');
  const asDecimal = new D(unsigned).toFixed();
  const asGrouped = unsigned.replace('.', '');
  return (expected, shown) =>
    problem(ISSUE.AMBIGUOUS_NUMBER, expected, shown, {
      ko: `점이 소수점인지 천 단위 구분 기호인지 알 수 없습니다. ${asDecimal}이면 ${asDecimal}, ${asGrouped}이면 ${asGrouped} 또는 ${groupThousandsText(asGrouped)}로 입력하세요`,
      en: `the dot may be a decimal point or a thousands separator; enter ${asDecimal} if you mean ${asDecimal}, or ${asGrouped} or ${groupThousandsText(asGrouped)} if you mean ${asGrouped}`,
    });
}

/** "18500" → "18,500" (at most six digits reach here). */
function groupThousandsText(digits: string): string {
  return digits.length > 3 ? `${digits.slice(0, -3)},${digits.slice(-3)}` : digits;
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
