import fc from 'fast-check';
import {
  addDays,
  addMonthsClamped,
  daysBetween,
  lastDayOfMonth,
  makeDate,
  monthsEndingWith,
  toDayNumber,
} from '../../src/domain/dates';

describe('calendar dates', () => {
  it('clamps the day to the end of a shorter month', () => {
    expect(addMonthsClamped('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsClamped('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonthsClamped('2024-01-31', 3)).toBe('2024-04-30');
    expect(addMonthsClamped('2024-11-30', 3)).toBe('2025-02-28');
    expect(addMonthsClamped('2024-03-31', -1)).toBe('2024-02-29');
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(toDayNumber('0050-01-01')).toBeLessThan(toDayNumber('0100-01-01'));
  });

  it('names month windows oldest first', () => {
    expect(monthsEndingWith('2024-02', 3)).toEqual(['2023-12', '2024-01', '2024-02']);
    expect(lastDayOfMonth('2023-02')).toBe('2023-02-28');
    expect(lastDayOfMonth('2000-02')).toBe('2000-02-29');
    expect(lastDayOfMonth('1900-02')).toBe('1900-02-28');
  });

  it('rejects impossible dates', () => {
    expect(() => makeDate(2023, 2, 29)).toThrow(RangeError);
    expect(() => makeDate(2024, 13, 1)).toThrow(RangeError);
  });

  it('round-trips every day through day numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (dayNumber) => {
        const date = addDays('1970-01-01', dayNumber);
        expect(toDayNumber(date)).toBe(dayNumber);
        expect(addDays(date, 1) > date).toBe(true);
      }),
    );
  });
});
