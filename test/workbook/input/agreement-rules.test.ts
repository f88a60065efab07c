import { ISSUE } from '../../../src/domain/issues';
import { readWorkbook } from '../../../src/workbook/input/read-workbook';
import { fmt, workbook } from './grid-helpers';
import { AGREEMENT, AGREEMENT_COLUMN as COL, agreementSheet, priceSheet, type Row } from './sample-sheets';

/** The standard agreement's columns (DOMAIN §2.1): 원가구분, 변동률, 0 %, 조정방향, 환율반영, 수시. */

function read(...rows: Row[]) {
  return readWorkbook(workbook(agreementSheet(...rows), priceSheet()));
}

function codes(result: ReturnType<typeof read>) {
  return result.issues.map((issue) => `${issue.severity} ${issue.code} ${issue.cell}`);
}

describe('연동약정: the standard agreement columns', () => {
  it('defaults 원가구분 to 원재료, 조정방향 to 양방향 and 환율반영 to 지표', () => {
    const [row] = read().input.agreements;
    expect(row).toMatchObject({ costKind: 'material', direction: 'both', fxPlacement: 'index' });
  });

  it.each([
    [0, '0'],
    ['0%', '0'],
    [fmt(0, '0%'), '0'],
    ['0.5%', '0.005'],
  ])('accepts 조정요건 %p as %s without a note ("모든 경우")', (value, fraction) => {
    const result = read({ ...AGREEMENT, 조정요건: value });
    expect(result.issues).toEqual([]);
    expect(result.input.agreements[0]?.threshold.toFixed()).toBe(fraction);
  });

  it('still refuses a blank 조정요건, naming the cell', () => {
    const result = read({ ...AGREEMENT, 조정요건: null });
    expect(codes(result)).toEqual([`error ${ISSUE.REQUIRED_VALUE} ${COL.조정요건}2`]);
  });

  it.each([
    ['원가구분', '에너지', { costKind: 'energy' }],
    ['원가구분', 'energy', { costKind: 'energy' }],
    ['조정방향', '상승만', { direction: 'riseOnly' }],
    ['조정방향', '하락만', { direction: 'fallOnly' }],
    ['조정방향', 'both', { direction: 'both' }],
    ['환율반영', '산식', { fxPlacement: 'formula' }],
    ['환율반영', 'index', { fxPlacement: 'index' }],
  ])('reads %s = %p', (header, value, expected) => {
    const result = read({ ...AGREEMENT, [header]: value });
    expect(result.issues).toEqual([]);
    expect(result.input.agreements[0]).toMatchObject(expected);
  });

  it('reads the English headers costKind, direction and fxPlacement', () => {
    const result = read({ ...AGREEMENT, costKind: '에너지', direction: '상승만', fxPlacement: '산식' });
    expect(result.issues).toEqual([]);
    expect(result.input.agreements[0]).toMatchObject({
      costKind: 'energy',
      direction: 'riseOnly',
      fxPlacement: 'formula',
    });
  });

  it('refuses an unknown 조정방향 with the allowed words in Korean and English', () => {
    const result = read({ ...AGREEMENT, 조정방향: '위로' });
    const [issue] = result.issues;
    expect(issue?.code).toBe(ISSUE.INVALID_CHOICE);
    expect(issue?.text.ko).toMatch(/양방향, 상승만, 하락만/);
    expect(issue?.text.en).toMatch(/riseOnly/);
    expect(result.input.agreements).toEqual([]);
  });

  it('reads 변동률 with 원재료비중 and warns that 단위당투입량 is then unused', () => {
    const result = read({ ...AGREEMENT, 산식: '변동률', 원재료비중: '40%' });
    expect(codes(result)).toEqual([`warning ${ISSUE.UNUSED_VALUE} ${COL.단위당투입량}2`]);
    const [row] = result.input.agreements;
    expect(row?.formula).toBe('rate');
    expect(row?.materialShare?.toFixed()).toBe('0.4');
  });

  it('needs 원재료비중 on a 변동률 row', () => {
    const result = read({ ...AGREEMENT, 산식: 'rate', 단위당투입량: null, 원재료비중: null });
    expect(result.issues.map((issue) => issue.code)).toEqual([ISSUE.REQUIRED_VALUE]);
    expect(result.input.agreements).toEqual([]);
  });

  it('reads 수시 without 첫조정일', () => {
    const result = read({ ...AGREEMENT, 조정주기: '수시', 첫조정일: null });
    expect(result.issues).toEqual([]);
    expect(result.input.agreements[0]).toMatchObject({ cycleMonths: 'event', firstAdjustment: null });
  });

  it('needs 첫조정일 for a calendar cycle, naming the empty cell', () => {
    const result = read({ ...AGREEMENT, 첫조정일: null });
    expect(codes(result)).toEqual([`error ${ISSUE.REQUIRED_VALUE} ${COL.첫조정일}2`]);
  });

  it('reports a missing 첫조정일 column once, for calendar cycles only', () => {
    const rest: Row = Object.fromEntries(
      Object.entries(AGREEMENT).filter(([header]) => header !== '첫조정일'),
    );
    const result = read(
      rest,
      { ...rest, 물품명: '커버' },
      { ...rest, 물품명: '수시 물품', 조정주기: '수시' },
    );
    expect(result.issues.map((issue) => issue.code)).toEqual([ISSUE.MISSING_HEADER]);
    expect(result.issues[0]?.text.ko).toMatch(/첫조정일/);
    expect(result.input.agreements.map((row) => row.item)).toEqual(['수시 물품']);
  });

  it('refuses 평균개월 on a 수시 row: it compares the price on the day', () => {
    const result = read({ ...AGREEMENT, 조정주기: '수시', 평균개월: 1 });
    expect(result.issues.map((issue) => issue.code)).toEqual([ISSUE.EVENT_CYCLE_AVERAGED]);
    expect(result.issues[0]?.text.en).toMatch(/event-driven/);
  });
});
