import { normalizedText } from './cell-basics';

/** How a number was written as text. */
export interface NumberText {
  /** Sign and digits without grouping commas, ready for decimal.js: "-1234.5". */
  readonly digits: string;
  readonly percent: boolean;
  readonly currency: boolean;
}

/** sign, currency sign, sign (as in "$-8"), body, unit suffix. */
const NUMBER_TEXT = /^([+-]?)\s*([₩$€£¥]?)\s*([+-]?)\s*(.*?)\s*(원|%)?$/u;
/** Digits with correct thousands grouping or none, then optional decimals. */
const NUMBER_BODY = /^(?:(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?|\.(\d+))$/;

/**
 * Recognises "1,234.5", " 12.5 ", "₩1,000", "$8,000", "1,000원", "-3", "10%". Returns null for
 * anything else ("1,2OO", "N/A", "-", "12,34", "1e5"). Never goes through a JS float.
 */
export function readNumberText(text: string): NumberText | null {
  const parts = NUMBER_TEXT.exec(normalizedText(text));
  if (!parts) return null;
  const [, signBefore = '', currencySign = '', signAfter = '', rest = '', suffix = ''] = parts;
  if (signBefore !== '' && signAfter !== '') return null;
  if (currencySign !== '' && suffix !== '') return null;
  const body = NUMBER_BODY.exec(rest);
  if (!body) return null;
  const negative = signBefore === '-' || signAfter === '-';
  const whole = (body[1] ?? '0').replace(/,/g, '');
  const fraction = body[2] ?? body[3] ?? '';
  return {
    digits: `${negative ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}`,
    percent: suffix === '%',
    currency: currencySign !== '' || suffix === '원',
  };
}
