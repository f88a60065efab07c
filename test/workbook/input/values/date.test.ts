import { ISSUE } from '../../../../src/domain/issues';
import {
  dateToSerial,
  MAX_EXCEL_SERIAL,
  parseDateCell,
  parsePointCell,
  serialToDate,
} from '../../../../src/workbook/input/values';
import { fmt } from '../grid-helpers';
import { codeOf, valueOf } from '../parse-expect';

describe('Excel date serials (1900 system)', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [45366, '2024-03-15'],
    [45366.75, '2024-03-15'],
    [45292, '2024-01-01'],
    [MAX_EXCEL_SERIAL, '9999-12-31'],
  ])('serial %p is %s', (serial, date) => {
    expect(valueOf(parseDateCell({ value: serial }))).toBe(date);
    expect(serialToDate(serial)).toEqual({ kind: 'date', date });
  });

  it('writes back the serial it reads', () => {
    expect(dateToSerial('2024-03-15')).toBe(45366);
    expect(dateToSerial('1900-02-28')).toBe(59);
    expect(dateToSerial('1900-03-01')).toBe(61);
  });

  it.each([0, -1, 0.5, 60, 60.5, MAX_EXCEL_SERIAL + 1])('rejects serial %p', (serial) => {
    expect(codeOf(parseDateCell({ value: serial }))).toBe(ISSUE.INVALID_DATE);
  });

  it('explains serial 60', () => {
    const result = parseDateCell({ value: 60 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason?.ko).toContain('1900-02-29');
  });

  it('warns about a serial far before the law (2024.03 typed as a number)', () => {
    const result = parsePointCell({ value: 2024.03 });
    expect(valueOf(result)).toEqual({ date: '1905-07-16', granularity: 'day' });
    expect(result.ok && result.note?.code).toBe(ISSUE.SUSPICIOUS_DATE_SERIAL);
    const recent = parsePointCell({ value: 45366 });
    expect(recent.ok && recent.note).toBeUndefined();
  });
});

describe('dates', () => {
  it.each([
    '2024-03-15',
    '2024-3-15',
    '2024.3.15',
    '2024.03.15',
    '2024.3.15.',
    '2024. 3. 15.',
    '2024/03/15',
    '2024/3/15',
    '24.3.15',
    '24-03-15',
    '2024년 3월 15일',
    '2024년3월15일',
    ' 2024-03-15 ',
    '2024-03-15 00:00:00',
    '2024-03-15T00:00:00Z',
  ])('reads %p as 2024-03-15', (text) => {
    expect(valueOf(parseDateCell({ value: text }))).toBe('2024-03-15');
    expect(valueOf(parsePointCell({ value: text }))).toEqual({ date: '2024-03-15', granularity: 'day' });
  });

  it('takes the UTC calendar day of a JS date', () => {
    expect(valueOf(parseDateCell({ value: new Date(Date.UTC(2024, 2, 15)) }))).toBe('2024-03-15');
    expect(valueOf(parseDateCell({ value: new Date(Date.UTC(2024, 2, 15, 23, 59)) }))).toBe('2024-03-15');
  });

  it('follows Excel for two-digit years', () => {
    expect(valueOf(parseDateCell({ value: '29.1.1' }))).toBe('2029-01-01');
    expect(valueOf(parseDateCell({ value: '30.1.1' }))).toBe('1930-01-01');
  });

  it.each([
    ['2024-13-45', 'impossible'],
    ['2023-02-29', 'impossible'],
    ['2024-02-30', 'impossible'],
    ['2024-03/15', 'mixed separators'],
    ['2024-03-15.', 'trailing dot after dashes'],
    ['15.3.2024', 'day first'],
    ['20240315', 'no separators'],
    ['2024-03', 'a month in a day field'],
    ['2024년 3월', 'a month in a day field'],
    ['yesterday', 'words'],
    ['45366', 'a serial as text'],
  ])('rejects %p (%s)', (text) => {
    expect(codeOf(parseDateCell({ value: text }))).toBe(ISSUE.INVALID_DATE);
  });

  it('says why an impossible date is refused', () => {
    const result = parseDateCell({ value: '2024-13-45' });
    expect(result).toMatchObject({
      ok: false,
      input: '2024-13-45',
      reason: { ko: '달력에 없는 날짜입니다' },
    });
  });

  it.each([
    [true, ISSUE.INVALID_DATE],
    [new Date(Number.NaN), ISSUE.INVALID_DATE],
    [{ error: '#VALUE!' }, ISSUE.CELL_ERROR_VALUE],
    [null, ISSUE.REQUIRED_VALUE],
  ])('rejects %p with %s', (value, expected) => {
    expect(codeOf(parseDateCell({ value }))).toBe(expected);
  });

  it('keeps the stored day of a date field even when the cell shows only the month', () => {
    expect(valueOf(parseDateCell(fmt(45366, 'yyyy-mm')))).toBe('2024-03-15');
  });
});

describe('points in time (a date or a month)', () => {
  it.each(['2024-03', '2024.03', '2024.3', '2024.3.', '2024/03', '2024년 3월', '2024년 03월'])(
    'reads %p as the month 2024-03',
    (text) => {
      expect(valueOf(parsePointCell({ value: text }))).toEqual({ date: '2024-03-01', granularity: 'month' });
    },
  );

  it('reads a date cell formatted as year and month as that month', () => {
    const month = { date: '2024-03-01', granularity: 'month' };
    expect(valueOf(parsePointCell(fmt(45366, 'yyyy-mm')))).toEqual(month);
    expect(valueOf(parsePointCell(fmt(new Date(Date.UTC(2024, 2, 1)), 'mmm-yy')))).toEqual(month);
    expect(valueOf(parsePointCell(fmt(45366, '[$-412]yyyy"년" m"월"')))).toEqual(month);
    expect(valueOf(parsePointCell(fmt(45366, 'yyyy-mm-dd')))).toEqual({
      date: '2024-03-15',
      granularity: 'day',
    });
  });

  it.each(['24.3', '2024-13', '2024-00', '2024-3-'])('rejects %p', (text) => {
    expect(codeOf(parsePointCell({ value: text }))).toBe(ISSUE.INVALID_DATE);
  });
});
