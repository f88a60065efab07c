import { type IsoDate, isValidYmd, makeDate, splitDate } from '../../../domain/dates';
import type { PointInTime } from '../../../domain/types';
import type { InputCell } from '../../grid/grid';
import { type Bilingual, ISSUE } from '../../../domain/issues';
import { commonProblem, formatCodes, shownValue } from './cell-basics';
import { readDateText } from './date-text';
import { type DateSystem, MAX_EXCEL_SERIAL, MAX_EXCEL_SERIAL_1904, serialToDate } from './excel-serial';
import { type ParseNote, type ParseResult, parsed, problem } from './problem';

const EXPECTED_DATE: Bilingual = {
  ko: '날짜여야 합니다 (예: 2024-03-15)',
  en: 'must be a date (e.g. 2024-03-15)',
};
const EXPECTED_POINT: Bilingual = {
  ko: '날짜 또는 월이어야 합니다 (예: 2024-03-15 또는 2024-03)',
  en: 'must be a date or a month (e.g. 2024-03-15 or 2024-03)',
};
/** Contracts under the 2023 law do not refer to earlier decades; such a serial is most likely a typo. */
const SUSPICIOUS_BEFORE_YEAR = 1990;

/**
 * A calendar day. A month ("2024-03") is refused here: the field needs a day. Serial numbers
 * count in the workbook's date system.
 */
export function parseDateCell(cell: InputCell, system: DateSystem = {}): ParseResult<IsoDate> {
  // A day field keeps the stored day even when the cell shows only the month.
  const result = readPoint(cell, EXPECTED_DATE, false, system);
  if (!result.ok) return result;
  if (result.value.granularity === 'month') {
    return problem(ISSUE.INVALID_DATE, EXPECTED_DATE, shownValue(cell), {
      ko: '월만 있고 일이 없습니다',
      en: 'it names a month but no day',
    });
  }
  return parsed(result.value.date, result.note);
}

/** A day, or a whole month (stored as its first day) when written or formatted as a month. */
export function parsePointCell(cell: InputCell, system: DateSystem = {}): ParseResult<PointInTime> {
  return readPoint(cell, EXPECTED_POINT, true, system);
}

function readPoint(
  cell: InputCell,
  expected: Bilingual,
  monthFormats: boolean,
  system: DateSystem,
): ParseResult<PointInTime> {
  const format = monthFormats ? cell.numberFormat : undefined;
  const common = commonProblem(cell, expected);
  if (common) return common;
  const { value } = cell;
  if (typeof value === 'number') return fromSerial(value, cell, format, expected, system);
  if (value instanceof Date) return fromJsDate(value, cell, format, expected);
  if (typeof value === 'string') return fromText(cell, value, expected);
  return problem(ISSUE.INVALID_DATE, expected, shownValue(cell));
}

function fromSerial(
  serial: number,
  cell: InputCell,
  format: string | undefined,
  expected: Bilingual,
  system: DateSystem,
): ParseResult<PointInTime> {
  const read = serialToDate(serial, system);
  if (read.kind === 'fictitious') {
    return problem(ISSUE.INVALID_DATE, expected, shownValue(cell), {
      ko: 'Excel 날짜 일련번호 60은 실제로 없는 날짜 1900-02-29입니다',
      en: 'Excel date serial 60 is the non-existent day 1900-02-29',
    });
  }
  if (read.kind === 'outOfRange' && system.date1904) {
    return problem(ISSUE.INVALID_DATE, expected, shownValue(cell), {
      ko: `이 통합 문서(1904 날짜 체계)의 날짜 일련번호는 0(1904-01-01)부터 ${MAX_EXCEL_SERIAL_1904}(9999-12-31)까지입니다`,
      en: `date serials of this workbook (1904 date system) run from 0 (1904-01-01) to ${MAX_EXCEL_SERIAL_1904} (9999-12-31)`,
    });
  }
  if (read.kind === 'outOfRange') {
    return problem(ISSUE.INVALID_DATE, expected, shownValue(cell), {
      ko: `Excel 날짜 일련번호는 1(1900-01-01)부터 ${MAX_EXCEL_SERIAL}(9999-12-31)까지입니다`,
      en: `Excel date serials run from 1 (1900-01-01) to ${MAX_EXCEL_SERIAL} (9999-12-31)`,
    });
  }
  const point = withFormatGranularity(read.date, format);
  return parsed(point, suspiciousSerialNote(read.date, shownValue(cell)));
}

/** exceljs hands dates over as instants at UTC midnight: the UTC calendar day is the date. */
function fromJsDate(
  value: Date,
  cell: InputCell,
  format: string | undefined,
  expected: Bilingual,
): ParseResult<PointInTime> {
  const year = value.getUTCFullYear();
  const month = value.getUTCMonth() + 1;
  const day = value.getUTCDate();
  if (Number.isNaN(value.getTime()) || !isValidYmd(year, month, day)) {
    return problem(ISSUE.INVALID_DATE, expected, shownValue(cell));
  }
  return parsed(withFormatGranularity(makeDate(year, month, day), format));
}

function fromText(cell: InputCell, text: string, expected: Bilingual): ParseResult<PointInTime> {
  const read = readDateText(text);
  if (read.kind === 'point') return parsed(read.point);
  const reason =
    read.kind === 'impossible'
      ? { ko: '달력에 없는 날짜입니다', en: 'no such day exists in the calendar' }
      : undefined;
  return problem(ISSUE.INVALID_DATE, expected, shownValue(cell), reason);
}

/** A date cell formatted to show only year and month ("yyyy-mm") is a month, as the user sees it. */
function withFormatGranularity(date: IsoDate, numberFormat: string | undefined): PointInTime {
  if (!isMonthOnlyFormat(numberFormat)) return { date, granularity: 'day' };
  return { date: `${date.slice(0, 7)}-01`, granularity: 'month' };
}

/** A number format that shows a date (year or day codes, outside quotes and brackets). */
export function isDateFormat(numberFormat: string | undefined): boolean {
  const codes = formatCodes(numberFormat);
  return codes.includes('y') || codes.includes('d');
}

export function isMonthOnlyFormat(numberFormat: string | undefined): boolean {
  const codes = formatCodes(numberFormat);
  return codes.includes('y') && codes.includes('m') && !codes.includes('d');
}

function suspiciousSerialNote(date: IsoDate, shown: string): ParseNote | undefined {
  if (splitDate(date).year >= SUSPICIOUS_BEFORE_YEAR) return undefined;
  return {
    code: ISSUE.SUSPICIOUS_DATE_SERIAL,
    text: {
      ko: `숫자 ${shown}을(를) Excel 날짜 일련번호로 보고 ${date}로 읽었습니다. 다른 뜻이라면 2024-03-15 또는 2024-03처럼 입력하세요`,
      en: `the number ${shown} was read as an Excel date serial, ${date}. If you meant something else, write 2024-03-15 or 2024-03`,
    },
  };
}
