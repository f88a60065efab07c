import { D } from '../../../../src/domain/decimal';
import {
  buildChangeTable,
  NO_ADJUSTMENT_NOTE,
} from '../../../../src/workbook/output/change-table/calculation-sheet';
import { dateToSerial } from '../../../../src/workbook/input/values';
import type { OutputSheet } from '../../../../src/workbook/grid/grid';
import {
  adjust,
  BRACKET,
  exampleOne,
  MOTOR,
  resultOf,
  shareExcessTwoMaterials,
  twoAdjustmentsOfOneItem,
} from '../fixtures';
import { cellAt, rowWith, shown } from '../sheet-helpers';

const META = { createdOn: '2026-11-25', fingerprint: 'f'.repeat(64) };

function headers(sheet: OutputSheet, row: number): unknown[] {
  return (sheet.rows[row - 1] ?? []).map((cell) => cell.value);
}

describe('연동 계산 내역 for DOMAIN example 1', () => {
  const sheet = buildChangeTable(exampleOne(), META);

  it('starts with the title block: parties, agreement, dates and the input fingerprint', () => {
    expect(sheet.name).toBe('연동 계산 내역');
    expect(cellAt(sheet, 'A1')).toMatchObject({ value: '연동 계산 내역', style: 'title' });
    expect(sheet.merges).toContain('A1:T1');
    const labels = [2, 3, 4, 5, 6, 7].map((row) => [shown(sheet, `A${row}`), shown(sheet, `C${row}`)]);
    expect(labels).toEqual([
      ['위탁기업', '(주)대한전자'],
      ['수탁기업', '한빛금속'],
      ['약정번호', 'A-001'],
      ['작성일', dateToSerial('2026-11-25')],
      ['기준일', dateToSerial('2024-04-01')],
      ['입력 지문', 'f'.repeat(64)],
    ]);
    expect(cellAt(sheet, 'C5').numberFormat).toBe('yyyy-mm-dd');
  });

  it('has one header row, frozen and repeated on every printed page', () => {
    expect(headers(sheet, 9)).toEqual([
      '연번',
      '약정번호',
      '물품명',
      '품번',
      '조정일',
      '조정대금 반영일',
      '원재료',
      '기준지표',
      '산식',
      '단위당 원재료량 (q)',
      '기준시점 가격 (B)',
      '비교시점 가격 (P)',
      '변동률',
      '조정요건',
      '반영비율',
      '반영방식',
      '단가 변동액 (δ)',
      '조정 전 납품단가',
      '조정 후 납품단가',
      '원가구분',
    ]);
    expect(sheet.frozenRows).toBe(9);
    expect(sheet.print).toEqual({
      paperSize: 'A4',
      orientation: 'landscape',
      fitToWidth: true,
      repeatRows: [9, 9],
    });
  });

  it('writes the section subtitle and the data row with the engine values', () => {
    expect(cellAt(sheet, 'A10').value).toBe('약정번호 A-001 · 위탁기업 (주)대한전자 · 수탁기업 한빛금속');
    expect(sheet.merges).toContain('A10:T10');
    const values = 'ABCDEFGHIJKLMNOPQRST'.split('').map((column) => shown(sheet, `${column}11`));
    expect(values).toEqual([
      1,
      'A-001',
      '모터 하우징',
      'MH-100',
      45383, // 2024-04-01
      45383,
      '구리',
      'LME 구리',
      '투입량',
      2,
      9000,
      10080,
      0.12,
      0.1,
      1,
      '전액',
      2160,
      10000,
      12160,
      '원재료',
    ]);
  });

  it('derives 변동률, δ and the new price with live formulas on the right cells', () => {
    expect(cellAt(sheet, 'M11')).toMatchObject({
      formula: '(L11-K11)/K11',
      result: 0.12,
      numberFormat: '0.00%',
    });
    expect(cellAt(sheet, 'Q11')).toMatchObject({
      formula: 'IF(ROUND(ABS(L11-K11)-N11*K11,9)>=0,J11*(L11-K11)*O11,0)',
      result: 2160,
      numberFormat: '#,##0',
    });
    expect(cellAt(sheet, 'S11')).toMatchObject({
      formula: 'ROUND(ROUND(R11+SUM(Q11:Q11),9),0)',
      result: 12160,
      numberFormat: '#,##0',
    });
    // Inputs of the formulas are plain values.
    for (const input of ['J11', 'K11', 'L11', 'N11', 'O11', 'R11']) {
      expect(cellAt(sheet, input).formula).toBeUndefined();
    }
    expect(cellAt(sheet, 'E11').numberFormat).toBe('yyyy-mm-dd');
    expect(cellAt(sheet, 'N11').numberFormat).toBe('0.00%');
    expect(cellAt(sheet, 'J11').numberFormat).toBe('#,##0');
  });

  it('ends the section with a signature block for both parties', () => {
    expect(headers(sheet, 13)).toEqual([
      '위탁기업',
      undefined,
      '(주)대한전자',
      undefined,
      undefined,
      '(인)',
      '______________',
      '날짜',
      '______________',
    ]);
    expect(cellAt(sheet, 'A14').value).toBe('수탁기업');
    expect(cellAt(sheet, 'C14').value).toBe('한빛금속');
    expect(cellAt(sheet, 'F14')).toMatchObject({ value: '(인)', style: 'signature' });
  });

  it('sizes columns for Korean headers', () => {
    expect(sheet.columnWidths).toHaveLength(20);
    // "조정대금 반영일": seven Hangul (14) + a space + padding.
    expect(sheet.columnWidths[5]).toBe(17);
    expect(Math.min(...sheet.columnWidths)).toBeGreaterThanOrEqual(6);
  });
});

describe('연동 계산 내역 for a 비중 + 초과분 item with two materials and deliveries', () => {
  const sheet = buildChangeTable(shareExcessTwoMaterials(), META);

  it('adds delivery columns and the 산정 근거 columns under their group heading', () => {
    expect(headers(sheet, 9).slice(19)).toEqual([
      '납품수량',
      '조정 전 납품금액',
      '조정 후 납품금액',
      '조정금액',
      '최초 납품단가',
      '원재료비중',
      '최초 기준가격',
      '원가구분',
    ]);
    expect(cellAt(sheet, 'X8').value).toBe('산정 근거');
    expect(sheet.merges).toContain('X8:Z8');
    expect(sheet.print.repeatRows).toEqual([9, 9]);
  });

  it('lists the triggered steel first and the untriggered resin with δ = 0', () => {
    expect(['G11', 'G12'].map((a1) => shown(sheet, a1))).toEqual(['강판', '수지']);
    expect(shown(sheet, 'Q11')).toBe(1200);
    expect(shown(sheet, 'Q12')).toBe(0);
    expect(cellAt(sheet, 'D11').value).toBeNull();
    expect(shown(sheet, 'F11')).toBe(dateToSerial('2024-07-08'));
  });

  it('derives q of the 비중 row from U₀ · s / B₀ and keeps q of the 투입량 row a value', () => {
    expect(cellAt(sheet, 'J11')).toMatchObject({ formula: 'X11*Y11/Z11', result: 25 });
    expect(['X11', 'Y11', 'Z11'].map((a1) => shown(sheet, a1))).toEqual([50000, 0.4, 800]);
    expect(cellAt(sheet, 'Y11').numberFormat).toBe('0.00%');
    expect(cellAt(sheet, 'J12')).toMatchObject({ value: 0.5, numberFormat: '#,##0.0' });
    expect(['X12', 'Y12', 'Z12'].map((a1) => shown(sheet, a1))).toEqual([null, null, null]);
  });

  it('reflects only the part beyond the band, signed, for 초과분', () => {
    expect(cellAt(sheet, 'Q11').formula).toBe(
      'IF(ROUND(ABS(L11-K11)-N11*K11,9)>=0,J11*SIGN(L11-K11)*(ABS(L11-K11)-N11*K11)*O11,0)',
    );
    expect(cellAt(sheet, 'Q12').formula).toBe('IF(ROUND(ABS(L12-K12)-N12*K12,9)>=0,J12*(L12-K12)*O12,0)');
    expect(shown(sheet, 'M11')).toBe(0.125);
  });

  it('sums δ over the whole group on every row of the group', () => {
    expect(cellAt(sheet, 'S11')).toMatchObject({
      formula: 'ROUND(ROUND(R11+SUM(Q11:Q12),9),0)',
      result: 51200,
    });
    expect(cellAt(sheet, 'S12')).toMatchObject({
      formula: 'ROUND(ROUND(R12+SUM(Q11:Q12),9),0)',
      result: 51200,
    });
  });

  it('prices the deliveries once per adjustment, on its first row, and totals the section', () => {
    expect(cellAt(sheet, 'T11')).toMatchObject({ value: 150 });
    expect(cellAt(sheet, 'U11')).toMatchObject({ formula: 'T11*R11', result: 7_500_000 });
    expect(cellAt(sheet, 'V11')).toMatchObject({ formula: 'T11*S11', result: 7_680_000 });
    expect(cellAt(sheet, 'W11')).toMatchObject({ formula: 'V11-U11', result: 180_000 });
    expect(['T12', 'U12', 'V12', 'W12'].map((a1) => shown(sheet, a1))).toEqual([null, null, null, null]);
    expect(cellAt(sheet, 'A13').value).toBe('합계');
    expect(cellAt(sheet, 'W13')).toMatchObject({ formula: 'SUM(W11:W12)', result: 180_000 });
  });
});

describe('연동 계산 내역 across adjustments and agreements', () => {
  it('links an adjustment’s old price to the previous adjustment’s new price', () => {
    const sheet = buildChangeTable(twoAdjustmentsOfOneItem(), META);
    expect(shown(sheet, 'E12')).toBe(dateToSerial('2024-10-01'));
    expect(cellAt(sheet, 'R12')).toMatchObject({ formula: 'S11', result: 12160 });
    // A fall of exactly the threshold triggers ("이상"): 2 × −1,008 = −2,016.
    expect(cellAt(sheet, 'Q12').result).toBe(-2016);
    expect(cellAt(sheet, 'S12').result).toBe(10144);
    expect(cellAt(sheet, 'M12').result).toBe(-0.1);
  });

  it('rounds the new price as the item agreed: ROUNDDOWN for 절사, ROUNDUP for 올림, with decimals', () => {
    const rounded = (rounding: 'down' | 'up', priceDecimals: number) =>
      buildChangeTable(
        resultOf('2024-04-01', [
          adjust(
            { ...MOTOR, originalUnitPrice: '1234', rounding, priceDecimals },
            {
              sequence: 1,
              adjustmentDate: '2024-04-01',
              unitPriceBefore: '1234',
              // 0.5 kg × 21 = 10.5 (DOMAIN example 7)
              materials: [
                {
                  material: '구리',
                  index: 'LME 구리',
                  quantity: '0.5',
                  base: '100',
                  comparison: '121',
                  threshold: '0.1',
                },
              ],
            },
          ),
        ]),
        META,
      );
    expect(cellAt(rounded('down', 0), 'S11')).toMatchObject({
      formula: 'ROUNDDOWN(ROUND(R11+SUM(Q11:Q11),9),0)',
      result: 1244,
      numberFormat: '#,##0',
    });
    expect(cellAt(rounded('up', 0), 'S11')).toMatchObject({
      formula: 'ROUNDUP(ROUND(R11+SUM(Q11:Q11),9),0)',
      result: 1245,
    });
    const twoDecimals = rounded('down', 2);
    expect(cellAt(twoDecimals, 'S11')).toMatchObject({ result: 1244.5, numberFormat: '#,##0.00' });
    expect(cellAt(twoDecimals, 'Q11')).toMatchObject({ result: 10.5, numberFormat: '#,##0.00' });
  });

  it('gives every agreement its own section and signature block, and lists all in the title', () => {
    const result = resultOf(
      '2024-07-01',
      [...exampleOne().adjustments, ...shareExcessTwoMaterials().adjustments],
      [],
      [MOTOR, BRACKET],
    );
    const sheet = buildChangeTable(result, META);
    expect(shown(sheet, 'C3')).toBe('한빛금속, 서울수지');
    expect(shown(sheet, 'C2')).toBe('(주)대한전자');
    expect(shown(sheet, 'C4')).toBe('A-001, B-7');
    const second = rowWith(sheet, '약정번호 B-7 · 위탁기업 (주)대한전자 · 수탁기업 서울수지');
    // 연번 runs on across sections: example 1 had row 1.
    expect(cellAt(sheet, `A${second + 1}`).value).toBe(2);
    expect(cellAt(sheet, `G${second + 1}`).value).toBe('강판');
    const signatures = sheet.rows.filter((row) => row[0]?.style === 'signature').map((row) => row[2]?.value);
    expect(signatures).toEqual(['(주)대한전자', '한빛금속', '(주)대한전자', '서울수지']);
  });

  it('keeps an agreement without any change, saying so, so it can still be signed', () => {
    const quiet = resultOf('2024-04-01', [], [], [MOTOR]);
    const sheet = buildChangeTable(quiet, META);
    expect(cellAt(sheet, 'A10').value).toBe('약정번호 A-001 · 위탁기업 (주)대한전자 · 수탁기업 한빛금속');
    expect(cellAt(sheet, 'A11')).toMatchObject({ value: NO_ADJUSTMENT_NOTE, style: 'note' });
    const signed = sheet.rows.filter((row) => row[0]?.style === 'signature').map((row) => row[0]?.value);
    expect(signed).toEqual(['위탁기업', '수탁기업']);
  });

  it('writes text that looks like a formula as text, never as a formula', () => {
    const hostile = {
      ...MOTOR,
      agreementId: '-1+1',
      item: '=HYPERLINK("http://example.com","x")',
      partNo: '+82-10',
      buyer: '@SUM(A1)',
    };
    const adjustment = adjust(hostile, {
      sequence: 1,
      adjustmentDate: '2024-04-01',
      unitPriceBefore: '10000',
      materials: [
        {
          material: '=1+1',
          index: '@INDEX',
          quantity: '2',
          base: '9000',
          comparison: '10080',
          threshold: '0.1',
        },
      ],
    });
    const sheet = buildChangeTable(resultOf('2024-04-01', [adjustment], [], [hostile]), META);
    expect(['B11', 'C11', 'D11', 'G11', 'H11'].map((a1) => cellAt(sheet, a1).value)).toEqual([
      '-1+1',
      '=HYPERLINK("http://example.com","x")',
      '+82-10',
      '=1+1',
      '@INDEX',
    ]);
    const formulas = sheet.rows.flat().flatMap((cell) => (cell.formula === undefined ? [] : [cell.formula]));
    expect(formulas.length).toBeGreaterThan(0);
    for (const formula of formulas) {
      expect(formula).toMatch(/^[A-Z0-9(),:*/+\-<>=.]+$/);
    }
    expect(cellAt(sheet, 'C2').value).toBe('@SUM(A1)');
  });

  it('writes numbers as numbers, exactly the engine’s decimals', () => {
    const sheet = buildChangeTable(exampleOne(), META);
    const numericCells = sheet.rows
      .flat()
      .filter((cell) => typeof (cell.formula ? cell.result : cell.value) === 'number');
    expect(numericCells.length).toBeGreaterThan(10);
    expect(new D(String(shown(sheet, 'Q11'))).eq(2160)).toBe(true);
  });
});
