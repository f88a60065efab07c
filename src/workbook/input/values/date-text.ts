import { isValidYmd, makeDate } from '../../../domain/dates';
import type { PointInTime } from '../../../domain/types';
import { normalizedText } from './cell-basics';

export type DateTextRead =
  | { readonly kind: 'point'; readonly point: PointInTime }
  /** Shaped like a date, but no such day exists ("2024-13-45", "2023-02-29"). */
  | { readonly kind: 'impossible' }
  | { readonly kind: 'unrecognised' };

/** year, separator, month, second separator, day, trailing dot. */
const SEPARATED = /^(\d{4}|\d{2})\s*([-./])\s*(\d{1,2})(?:\s*([-./])\s*(\d{1,2}))?\s*(\.?)$/;
/** year, month, day: "2024년 3월 15일", "2024년 3월". */
const KOREAN = /^(\d{4}|\d{2})\s*년\s*(\d{1,2})\s*월(?:\s*(\d{1,2})\s*일)?\.?$/;
/** A time of day, as exports write it after a date: "00:00:00", "09:30", "09:30:15.5Z". */
const TIME = /^\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?$/;

/**
 * Reads a date ("2024-03-15", "2024.3.15", "2024. 3. 15.", "2024/03/15", "24.3.15",
 * "2024년 3월 15일") or a month ("2024-03", "2024.03", "2024/03", "2024년 3월") written as text.
 * Months need a four-digit year: "24.3" is too easily something else.
 */
export function readDateText(text: string): DateTextRead {
  const clean = normalizedText(text);
  const withoutTime = withoutTimeSuffix(clean);
  const hadTime = withoutTime !== clean;
  const parts = readParts(withoutTime);
  if (!parts || (hadTime && parts.day === undefined)) return { kind: 'unrecognised' };
  if (parts.day === undefined && parts.yearText.length !== 4) return { kind: 'unrecognised' };
  const year = fullYear(parts.yearText);
  const month = Number(parts.monthText);
  const day = parts.day === undefined ? 1 : Number(parts.day);
  if (!isValidYmd(year, month, day)) return { kind: 'impossible' };
  return {
    kind: 'point',
    point: { date: makeDate(year, month, day), granularity: parts.day === undefined ? 'month' : 'day' },
  };
}

/**
 * The text without a time of day after white space or "T" ("2024-03-15 00:00:00",
 * "2024-03-15T09:30"). The time holds neither, so it starts after the last of them: one scan
 * from the end, where an unanchored pattern would retry every run of spaces (quadratic time).
 */
export function withoutTimeSuffix(text: string): string {
  let cut = text.length - 1;
  while (cut >= 0 && text.charAt(cut) !== 'T' && text.charAt(cut).trim() !== '') cut -= 1;
  if (cut < 0 || !TIME.test(text.slice(cut + 1))) return text;
  if (text.charAt(cut) === 'T') return text.slice(0, cut);
  return text.slice(0, cut).trimEnd();
}

interface DateParts {
  readonly yearText: string;
  readonly monthText: string;
  readonly day: string | undefined;
}

function readParts(text: string): DateParts | null {
  const separated = SEPARATED.exec(text);
  if (separated) {
    const [, yearText = '', separator, monthText = '', secondSeparator, day, trailingDot] = separated;
    if (secondSeparator !== undefined && secondSeparator !== separator) return null;
    // "2024.3.15." is how Korean Excel shows dates; "2024-03-15." is not a form anyone writes.
    if (trailingDot === '.' && separator !== '.') return null;
    return { yearText, monthText, day };
  }
  const korean = KOREAN.exec(text);
  if (korean) {
    const [, yearText = '', monthText = '', day] = korean;
    return { yearText, monthText, day };
  }
  return null;
}

/** Two-digit years follow Excel: 00–29 are 2000–2029, 30–99 are 1930–1999. */
function fullYear(yearText: string): number {
  const year = Number(yearText);
  if (yearText.length === 4) return year;
  return year < 30 ? 2000 + year : 1900 + year;
}
