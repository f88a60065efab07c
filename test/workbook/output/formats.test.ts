import fc from 'fast-check';
import { D } from '../../../src/domain/decimal';
import { displayWidth } from '../../../src/workbook/output/column-widths';
import { signedPercentText, signedWonText, wonText } from '../../../src/workbook/grid/display-text';
import { dateToSerial, serialToIso } from '../../../src/workbook/input/values';
import { displayedDecimals, quantityFormatFor, wonFormatFor } from '../../../src/workbook/output/formats';
import { addDays } from '../../../src/domain/dates';

describe('Excel serial dates', () => {
  it('counts as Excel does, phantom 1900-02-29 included', () => {
    expect(dateToSerial('1900-01-01')).toBe(1);
    expect(dateToSerial('1900-02-28')).toBe(59);
    expect(dateToSerial('1900-03-01')).toBe(61);
    expect(dateToSerial('2024-04-01')).toBe(45383);
    expect(serialToIso(45383.75)).toBe('2024-04-01');
    expect(serialToIso(60)).toBeNull();
  });

  it('round-trips every date and steps one per day', () => {
    const start = dateToSerial('1900-03-01');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_900_000 }), (offset) => {
        const date = addDays('1900-03-01', offset);
        expect(dateToSerial(date)).toBe(start + offset);
        expect(serialToIso(start + offset)).toBe(date);
      }),
    );
  });
});

describe('number formats', () => {
  it('shows won whole, or with two decimals when there is a fraction', () => {
    expect(wonFormatFor(new D(2160), 0)).toBe('#,##0');
    expect(wonFormatFor(new D('10.5'), 0)).toBe('#,##0.00');
    expect(wonFormatFor(new D('1244.5'), 2)).toBe('#,##0.00');
    expect(wonFormatFor(new D('84.96551724'), 0)).toBe('#,##0.00');
    expect(quantityFormatFor(new D(2))).toBe('#,##0');
    expect(quantityFormatFor(new D('0.0005'))).toBe('#,##0.0000');
  });

  it('knows how many decimals a format shows', () => {
    expect(displayedDecimals('#,##0')).toBe(0);
    expect(displayedDecimals('#,##0.00')).toBe(2);
    expect(displayedDecimals('0.####')).toBe(4);
    expect(displayedDecimals('0.00%')).toBe(4);
    expect(displayedDecimals('0%')).toBe(2);
    expect(displayedDecimals('#,##0"원";[Red]-#,##0"원"')).toBe(0);
    expect(displayedDecimals('General')).toBeNull();
    expect(displayedDecimals(undefined)).toBeNull();
  });
});

describe('display text', () => {
  it('writes won and percentages as Korean documents do', () => {
    expect(signedWonText(new D(2160))).toBe('+2,160');
    expect(signedWonText(new D(-2016))).toBe('-2,016');
    expect(signedWonText(new D(0))).toBe('0');
    expect(wonText(new D('1234567.891'))).toBe('1,234,567.89');
    expect(signedPercentText(new D('0.12'))).toBe('+12.00%');
    expect(signedPercentText(new D('-0.0000001'))).toBe('0.00%');
  });

  it('counts Hangul as two columns wide', () => {
    expect(displayWidth('조정일')).toBe(6);
    expect(displayWidth('단가 변동액 (δ)')).toBe(15);
  });
});
