import { ISSUE } from '../../../src/domain/issues';
import { readWorkbook } from '../../../src/workbook/input/read-workbook';
import { fmt, workbook } from './grid-helpers';
import { AGREEMENT, AGREEMENT_COLUMN as COL, agreementSheet, priceSheet, type Row } from './sample-sheets';

function read(...rows: Row[]) {
  return readWorkbook(workbook(agreementSheet(...rows), priceSheet()));
}

function errorsOf(result: ReturnType<typeof read>) {
  return result.issues.filter((issue) => issue.severity === 'error');
}

describe('연동약정', () => {
  it('reads a valid row with every default applied', () => {
    const result = read();
    expect(result.issues).toEqual([]);
    expect(result.input.agreements).toHaveLength(1);
    const [row] = result.input.agreements;
    expect(row).toMatchObject({
      agreementId: 'A-1',
      buyer: '갑전자',
      supplier: '을정밀',
      item: '하우징',
      partNo: null,
      signedOn: '2024-01-10',
      contractStart: null,
      contractEnd: null,
      contractAmount: null,
      buyerSize: null,
      optedOut: false,
      material: '구리',
      index: '구리지수',
      formula: 'quantity',
      materialShare: null,
      basePoint: { date: '2024-01-01', granularity: 'month' },
      basePrice: null,
      cycleMonths: 3,
      firstAdjustment: '2024-04-01',
      reflectionMode: 'whole',
      averagingMonths: 0,
      effectiveLagDays: 0,
      priceDecimals: 0,
      rounding: 'halfUp',
    });
    expect(row?.unitPrice.toFixed()).toBe('10000');
    expect(row?.quantityPerUnit?.toFixed()).toBe('2');
    expect(row?.threshold.toFixed()).toBe('0.1');
    expect(row?.reflectionRatio.toFixed()).toBe('1');
  });

  it('records the worksheet row and the cell of every field column present', () => {
    const [row] = read().input.agreements;
    expect(row?.origin.sheet).toBe('연동약정');
    expect(row?.origin.row).toBe(2);
    expect(row?.origin.cells).toMatchObject({
      agreementId: 'A2',
      signedOn: `${COL.약정일}2`,
      basePoint: `${COL.기준시점}2`,
      cycle: `${COL.조정주기}2`,
      cycleMonths: `${COL.조정주기}2`,
      firstAdjustment: `${COL.첫조정일}2`,
    });
    expect(row?.origin.cells).not.toHaveProperty('materialShare');
  });

  it('reads the optional columns', () => {
    const [row] = read({
      ...AGREEMENT,
      품번: 'P-9',
      계약시작일: '2024-01-01',
      계약종료일: '2024.12.31',
      납품대금: '150,000,000원',
      위탁기업규모: '중견기업',
      연동제외합의: 'Y',
      기준가격: '9,100',
      반영비율: fmt(0.8, '0%'),
      반영방식: '초과분',
      평균개월: 3,
      반영일수: '15일',
      단가소수점: 2,
      단가반올림: '절사',
    }).input.agreements;
    expect(row).toMatchObject({
      partNo: 'P-9',
      contractStart: '2024-01-01',
      contractEnd: '2024-12-31',
      buyerSize: 'midsize',
      optedOut: true,
      reflectionMode: 'excess',
      averagingMonths: 3,
      effectiveLagDays: 15,
      priceDecimals: 2,
      rounding: 'down',
    });
    expect(row?.contractAmount?.toFixed()).toBe('150000000');
    expect(row?.basePrice?.toFixed()).toBe('9100');
    expect(row?.reflectionRatio.toFixed()).toBe('0.8');
  });

  it('names sheet, cell, header and input in Korean and English', () => {
    const result = read({ ...AGREEMENT, 약정일: '2024-13-45' });
    expect(result.input.agreements).toEqual([]);
    expect(result.issues).toEqual([
      {
        severity: 'error',
        sheet: '연동약정',
        cell: `${COL.약정일}2`,
        code: ISSUE.INVALID_DATE,
        text: {
          ko: `연동약정 시트 ${COL.약정일}2: 약정일은 날짜여야 합니다 (예: 2024-03-15). 입력값: "2024-13-45" (달력에 없는 날짜입니다)`,
          en: `sheet 연동약정 ${COL.약정일}2: 약정일 (signedOn) must be a date (e.g. 2024-03-15). Input: "2024-13-45" (no such day exists in the calendar)`,
        },
      },
    ]);
  });

  it('reports every error of every row and leaves those rows out', () => {
    const result = read({ ...AGREEMENT, 납품단가: 'N/A', 조정주기: 2 }, AGREEMENT, {
      ...AGREEMENT,
      조정요건: '',
      기준시점: { error: '#REF!' },
    });
    expect(errorsOf(result).map((issue) => [issue.cell, issue.code])).toEqual([
      [`${COL.납품단가}2`, ISSUE.INVALID_NUMBER],
      [`${COL.조정주기}2`, ISSUE.INVALID_CHOICE],
      [`${COL.기준시점}4`, ISSUE.CELL_ERROR_VALUE],
      [`${COL.조정요건}4`, ISSUE.REQUIRED_VALUE],
    ]);
    expect(result.input.agreements.map((row) => row.origin.row)).toEqual([3]);
  });

  it('names the error value a formula produced', () => {
    const result = read({
      ...AGREEMENT,
      납품단가: { value: { error: '#N/A' }, formula: 'VLOOKUP(A2,단가표!A:B,2,0)' },
    });
    expect(errorsOf(result)).toEqual([
      expect.objectContaining({ cell: `${COL.납품단가}2`, code: ISSUE.CELL_ERROR_VALUE }),
    ]);
    expect(errorsOf(result)[0]?.text.ko).toBe(
      `연동약정 시트 ${COL.납품단가}2: 납품단가는 0보다 큰 숫자여야 합니다 (예: 1,234.5). 입력값: "#N/A" (수식 결과가 오류 값 #N/A입니다)`,
    );
  });

  it('does not put a default in place of a formula without a stored result', () => {
    const result = read({ ...AGREEMENT, 반영비율: { value: null, formula: 'B9' } });
    expect(errorsOf(result).map((issue) => issue.code)).toEqual([ISSUE.FORMULA_WITHOUT_RESULT]);
    expect(result.input.agreements).toEqual([]);
  });

  it('takes a formula that yields "" in an optional column as empty', () => {
    const [row] = read({ ...AGREEMENT, 반영비율: { value: '', formula: 'IF(B9="","",B9)' } }).input
      .agreements;
    expect(row?.reflectionRatio.toFixed()).toBe('1');
  });

  it('says a required value is missing', () => {
    const issue = errorsOf(read({ ...AGREEMENT, 약정번호: null }))[0];
    expect(issue).toMatchObject({ cell: 'A2', code: ISSUE.REQUIRED_VALUE });
    expect(issue?.text.ko).toBe(
      '연동약정 시트 A2: 약정번호는 필수 항목인데 비어 있습니다. 텍스트여야 합니다',
    );
  });

  it.each([
    ['조정요건', -1],
    ['조정요건', '-0.5%'],
    ['조정요건', '150%'],
    ['조정요건', fmt(1.2, '0%')],
    ['반영비율', 0],
    ['반영비율', 101],
    ['원재료비중', '120%'],
    ['납품단가', 0],
    ['납품단가', -100],
    ['단위당투입량', 0],
    ['기준가격', 0],
    ['납품대금', -1],
    ['평균개월', -1],
    ['반영일수', -3],
    ['단가소수점', 5],
  ])('refuses %s = %p as out of range', (header, value) => {
    const result = read({ ...AGREEMENT, [header]: value });
    expect(errorsOf(result).map((issue) => issue.code)).toEqual([ISSUE.OUT_OF_RANGE]);
    expect(result.input.agreements).toEqual([]);
  });

  it('requires 단위당투입량 on 투입량 rows and 원재료비중 on 비중 rows', () => {
    const result = read(
      { ...AGREEMENT, 단위당투입량: null },
      { ...AGREEMENT, 산식: '비중', 단위당투입량: null, 원재료비중: '' },
      { ...AGREEMENT, 산식: '비중', 단위당투입량: null, 원재료비중: '40%' },
    );
    expect(errorsOf(result).map((issue) => [issue.cell, issue.code])).toEqual([
      [`${COL.단위당투입량}2`, ISSUE.REQUIRED_VALUE],
      ['O3', ISSUE.REQUIRED_VALUE],
    ]);
    expect(result.input.agreements).toHaveLength(1);
    expect(result.input.agreements[0]?.materialShare?.toFixed()).toBe('0.4');
  });

  it('reports a missing 원재료비중 column once, at the header row', () => {
    const result = read({ ...AGREEMENT, 산식: '비중' }, { ...AGREEMENT, 산식: 'share' });
    expect(errorsOf(result)).toEqual([
      expect.objectContaining({ cell: 'A1:N1', code: ISSUE.MISSING_HEADER }),
    ]);
    expect(errorsOf(result)[0]?.text.ko).toContain("'원재료비중'");
    expect(result.input.agreements).toEqual([]);
  });

  it('keeps, but warns about, a value the formula does not use', () => {
    const result = read({ ...AGREEMENT, 원재료비중: '40%' });
    expect(result.issues).toEqual([
      expect.objectContaining({ severity: 'warning', code: ISSUE.UNUSED_VALUE, cell: 'O2' }),
    ]);
    expect(result.input.agreements[0]?.materialShare?.toFixed()).toBe('0.4');
  });

  it('requires the first adjustment after the base point (a month means its last day)', () => {
    const result = read(
      { ...AGREEMENT, 첫조정일: '2024-01-31' },
      { ...AGREEMENT, 첫조정일: '2024-02-01' },
      { ...AGREEMENT, 기준시점: '2024-01-15', 첫조정일: '2024-01-15' },
      { ...AGREEMENT, 기준시점: '2024-01-15', 첫조정일: '2024-01-16' },
    );
    expect(errorsOf(result).map((issue) => [issue.cell, issue.code])).toEqual([
      [`${COL.첫조정일}2`, ISSUE.FIRST_ADJUSTMENT_NOT_AFTER_BASE],
      [`${COL.첫조정일}4`, ISSUE.FIRST_ADJUSTMENT_NOT_AFTER_BASE],
    ]);
    expect(result.input.agreements.map((row) => row.origin.row)).toEqual([3, 5]);
  });

  it('refuses a contract that ends before it starts', () => {
    const result = read({ ...AGREEMENT, 계약시작일: '2024-06-01', 계약종료일: '2024-05-31' });
    expect(errorsOf(result)).toEqual([
      expect.objectContaining({ cell: 'P2', code: ISSUE.CONTRACT_END_BEFORE_START }),
    ]);
  });

  it('reads percent cells as the cell format says', () => {
    const rows = read(
      { ...AGREEMENT, 조정요건: fmt(0.1, '0%') },
      { ...AGREEMENT, 조정요건: '10%' },
      { ...AGREEMENT, 조정요건: 10 },
      { ...AGREEMENT, 조정요건: '10' },
    ).input.agreements;
    expect(rows.map((row) => row.threshold.toFixed())).toEqual(['0.1', '0.1', '0.1', '0.1']);
  });

  it('warns when a threshold below 1 is read as points', () => {
    const result = read({ ...AGREEMENT, 조정요건: 0.1 });
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: ISSUE.AMBIGUOUS_PERCENT,
        cell: `${COL.조정요건}2`,
      }),
    ]);
    expect(result.input.agreements[0]?.threshold.toFixed()).toBe('0.001');
  });

  it('refuses an index that has no prices, suggesting a near name', () => {
    const result = read({ ...AGREEMENT, 기준지표: '구리 지수' }, { ...AGREEMENT, 기준지표: '알루미늄' });
    expect(errorsOf(result).map((issue) => [issue.cell, issue.code])).toEqual([
      [`${COL.기준지표}2`, ISSUE.UNKNOWN_INDEX],
      [`${COL.기준지표}3`, ISSUE.UNKNOWN_INDEX],
    ]);
    expect(errorsOf(result)[0]?.text.ko).toContain("비슷한 이름: '구리지수'");
    expect(result.input.agreements).toEqual([]);
  });
});
