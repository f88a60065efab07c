/**
 * Calendar dates as ISO strings ("2024-03-15"). Contracts speak in calendar days, never in
 * instants, so there is no time zone anywhere; ISO strings also sort correctly as text.
 */
export type IsoDate = string;
/** A calendar month, "2024-03". */
export type IsoMonth = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export interface YearMonthDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function makeDate(year: number, month: number, day: number): IsoDate {
  if (!isValidYmd(year, month, day)) {
    throw new RangeError(`not a calendar date: ${year}-${month}-${day}`);
  }
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function splitDate(date: IsoDate): YearMonthDay {
  const match = ISO_DATE.exec(date);
  if (!match) {
    throw new RangeError(`not an ISO date: ${date}`);
  }
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  const lengths = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return lengths[month - 1] ?? 0;
}

/** Days since 1970-01-01 (proleptic Gregorian), used only to add and compare days. */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = splitDate(date);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  const at = new Date(0);
  at.setUTCFullYear(year, month - 1, day);
  return Math.round(at.getTime() / MS_PER_DAY);
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const at = new Date(dayNumber * MS_PER_DAY);
  return makeDate(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate());
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Adds calendar months; a day that the target month lacks is clamped to its last day. */
export function addMonthsClamped(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = splitDate(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  return makeDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

export function monthOf(date: IsoDate): IsoMonth {
  return date.slice(0, 7);
}

export function firstDayOfMonth(month: IsoMonth): IsoDate {
  return `${month}-01`;
}

export function lastDayOfMonth(month: IsoMonth): IsoDate {
  const { year, month: m } = splitDate(`${month}-01`);
  return makeDate(year, m, daysInMonth(year, m));
}

export function addMonthsToMonth(month: IsoMonth, months: number): IsoMonth {
  return monthOf(addMonthsClamped(firstDayOfMonth(month), months));
}

/** The `count` months ending with `lastMonth`, oldest first. */
export function monthsEndingWith(lastMonth: IsoMonth, count: number): IsoMonth[] {
  const months: IsoMonth[] = [];
  for (let back = count - 1; back >= 0; back -= 1) {
    months.push(addMonthsToMonth(lastMonth, -back));
  }
  return months;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

/** The later of two days. */
export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
