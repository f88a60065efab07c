import { normalizedText } from './cell-basics';

/** How a number was written as text. */
export interface NumberText {
  /** Sign and digits without grouping commas, ready for decimal.js: "-1234.5". */
  readonly digits: string;
  readonly percent: boolean;
  readonly currency: boolean;
  /** The currency sign or word as written ("₩", "원", "KRW", "$", "€"…); "" for none. */
  readonly currencySign: string;
  /**
   * One to three digits (not starting with 0), one dot, exactly three digits and nothing else:
   * "18.500" is 18.5 where the dot is a decimal point and 18500 where it groups thousands.
   */
  readonly ambiguousGrouping: boolean;
}

/** Signs written before the number. "₩" also stands for the full-width "￦" (NFKC). */
const SIGNS_BEFORE = ['₩', '$', '€', '£', '¥'];
/** Words and signs that say the amount is in won. */
const WON_SIGNS: ReadonlySet<string> = new Set(['₩', '원', 'KRW']);
/** Digits with correct thousands grouping or none, then optional decimals (anchored: linear). */
const NUMBER_BODY = /^(?:(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?|\.(\d+))$/;
const AMBIGUOUS_GROUPING = /^[1-9]\d{0,2}\.\d{3}$/;

/** True for a currency sign that means won ("₩", "원", "KRW") or for no sign at all. */
export function isWonSign(sign: string): boolean {
  return sign === '' || WON_SIGNS.has(sign);
}

/**
 * Recognises "1,234.5", " 12.5 ", "₩1,000", "$8,000", "1,000원", "KRW 1,000", "-3", "10%".
 * Returns null for anything else ("1,2OO", "N/A", "-", "12,34", "1e5"). Never goes through a JS
 * float. Reads left to right without a backtracking pattern, so its time is linear in the text.
 */
export function readNumberText(text: string): NumberText | null {
  const s = normalizedText(text);
  let start = 0;
  let end = s.length;
  const signBefore = signAt(s, start);
  start = skipSpaces(s, start + signBefore.length);
  const prefix = prefixCurrencyAt(s, start);
  start = skipSpaces(s, start + prefix.length);
  const signAfter = signAt(s, start);
  start = skipSpaces(s, start + signAfter.length);
  const suffix = suffixBefore(s, end, start);
  end = skipSpacesBackwards(s, end - suffix.length, start);
  if (signBefore !== '' && signAfter !== '') return null;
  if (prefix !== '' && suffix !== '') return null;
  const rest = s.slice(start, end);
  const body = NUMBER_BODY.exec(rest);
  if (!body) return null;
  const negative = signBefore === '-' || signAfter === '-';
  const whole = (body[1] ?? '0').replace(/,/g, '');
  const fraction = body[2] ?? body[3] ?? '';
  const currencySign = suffix === '%' ? '' : `${prefix}${suffix}`;
  return {
    digits: `${negative ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}`,
    percent: suffix === '%',
    currency: currencySign !== '',
    currencySign,
    ambiguousGrouping: AMBIGUOUS_GROUPING.test(rest),
  };
}

function signAt(s: string, at: number): string {
  const char = s.charAt(at);
  return char === '+' || char === '-' ? char : '';
}

function prefixCurrencyAt(s: string, at: number): string {
  if (s.slice(at, at + 3).toUpperCase() === 'KRW') return 'KRW';
  const char = s.charAt(at);
  return SIGNS_BEFORE.includes(char) ? char : '';
}

/** "원", "%" or "KRW" ending the text (not overlapping the part already read up to `from`). */
function suffixBefore(s: string, end: number, from: number): string {
  const last = s.charAt(end - 1);
  if (end - 1 >= from && (last === '원' || last === '%')) return last;
  if (end - 3 >= from && s.slice(end - 3, end).toUpperCase() === 'KRW') return 'KRW';
  return '';
}

function isSpace(char: string): boolean {
  return char.trim() === '' && char !== '';
}

function skipSpaces(s: string, at: number): number {
  let index = at;
  while (index < s.length && isSpace(s.charAt(index))) index += 1;
  return index;
}

function skipSpacesBackwards(s: string, end: number, floor: number): number {
  let index = end;
  while (index > floor && isSpace(s.charAt(index - 1))) index -= 1;
  return index;
}
