import { fieldForHeader, matchHeaders, normalizeHeader } from '../../../src/workbook/input/headers';
import { ISSUE } from '../../../src/domain/issues';
import {
  AGREEMENT_SCHEMA,
  DELIVERY_SCHEMA,
  FX_SCHEMA,
  PRICE_SCHEMA,
} from '../../../src/workbook/input/schema';

function keyOf(schema: Parameters<typeof fieldForHeader>[0], header: string): string | undefined {
  return fieldForHeader(schema, header)?.key;
}

describe('header matching', () => {
  it.each([
    ['약정번호', 'agreementId'],
    ['약정 번호', 'agreementId'],
    [' 약정번호 ', 'agreementId'],
    ['agreementId', 'agreementId'],
    ['AgreementId', 'agreementId'],
    ['agreement id', 'agreementId'],
    ['AGREEMENT_ID', 'agreementId'],
    ['약정번호*', 'agreementId'],
    ['조정요건(%)', 'threshold'],
    ['조정요건 (%)', 'threshold'],
    ['납품단가(원)', 'unitPrice'],
    ['단위당\n투입량', 'quantityPerUnit'],
    ['계약시작일', 'contractStart'],
    ['계약 종료일', 'contractEnd'],
    ['firstadjustment', 'firstAdjustment'],
    ['cycleMonths', 'cycle'],
    ['ｕｎｉｔＰｒｉｃｅ', 'unitPrice'],
  ])('연동약정 header %p is %s', (header, key) => {
    expect(keyOf(AGREEMENT_SCHEMA, header)).toBe(key);
  });

  it.each([
    [PRICE_SCHEMA, '일자', 'date'],
    [PRICE_SCHEMA, '날짜', 'date'],
    [PRICE_SCHEMA, '통화', 'currency'],
    [PRICE_SCHEMA, '단위', 'unit'],
    [PRICE_SCHEMA, 'Price', 'price'],
    [FX_SCHEMA, '환율', 'rate'],
    [FX_SCHEMA, 'rate', 'rate'],
    [FX_SCHEMA, '일자', 'date'],
    [FX_SCHEMA, 'Currency', 'currency'],
    [DELIVERY_SCHEMA, '납품일', 'date'],
    [DELIVERY_SCHEMA, '납품 일자', 'date'],
    [DELIVERY_SCHEMA, '수량', 'quantity'],
    [DELIVERY_SCHEMA, '물품명', 'item'],
  ])('%# header %p is %s', (schema, header, key) => {
    expect(keyOf(schema, header)).toBe(key);
  });

  it('does not match other words', () => {
    expect(keyOf(AGREEMENT_SCHEMA, '비고')).toBeUndefined();
    expect(keyOf(AGREEMENT_SCHEMA, '')).toBeUndefined();
    expect(keyOf(PRICE_SCHEMA, '산식')).toBeUndefined();
  });

  it('normalises headers', () => {
    expect(normalizeHeader(' Agreement_ID (필수) * ')).toBe('agreementid');
  });

  it('keeps extra columns aside, reports a repeated header at its second cell and each missing one at the header row', () => {
    const cells = ['기준지표', '메모', '가격', 'index'].map((value, at) => ({
      column: at + 3,
      cell: { value },
    }));
    const match = matchHeaders(PRICE_SCHEMA, 2, cells);
    expect([...match.columns]).toEqual([
      ['index', 3],
      ['price', 5],
    ]);
    expect(match.extraColumns).toEqual([4]);
    expect(match.missing).toEqual(['date']);
    expect(match.issues.map((issue) => [issue.cell, issue.code])).toEqual([
      ['F2', ISSUE.DUPLICATE_HEADER],
      ['C2:F2', ISSUE.MISSING_HEADER],
    ]);
    expect(match.issues[0]?.text.ko).toContain('C2');
    expect(match.issues[1]?.text.ko).toBe("원재료가격 시트 C2:F2: 필수 열 '일자'가 머리글 행에 없습니다");
  });
});
