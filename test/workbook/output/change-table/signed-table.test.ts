import { buildCalculationSheet } from '../../../../src/workbook/output/change-table/calculation-sheet';
import type { OutputSheet } from '../../../../src/workbook/grid/grid';
import { buildSignedChangeTable } from '../../../../src/workbook/output/change-table/signed-table';
import { exampleOne, shareExcessTwoMaterials } from '../fixtures';

/** DOMAIN §4.1: the signed 납품단가 변동표 in the standard agreement's 【첨부2】 form. */

const META = { createdOn: '2026-11-25', fingerprint: 'f'.repeat(64) };

function signed(result: ReturnType<typeof exampleOne>): OutputSheet {
  return buildSignedChangeTable(result, META, buildCalculationSheet(result, META));
}

function rowOf(sheet: OutputSheet, first: string): number {
  return (
    sheet.rows.findIndex((row) => typeof row[0]?.value === 'string' && row[0].value.startsWith(first)) + 1
  );
}

describe('납품단가 변동표 (【첨부2】)', () => {
  const sheet = signed(exampleOne());

  it('has the form’s nine columns under two header rows, frozen and repeated on every page', () => {
    const top = rowOf(sheet, '조정일');
    const upper = sheet.rows[top - 1]?.map((cell) => cell.value);
    const lower = sheet.rows[top]?.map((cell) => cell.value);
    expect(upper).toEqual([
      '조정일',
      '대상 원재료',
      '원재료 가격',
      undefined,
      '납품단가',
      undefined,
      '조정대금 반영일',
      '위탁기업 확인',
      '수탁기업 확인',
    ]);
    expect(lower).toEqual(['', '', '기준시점', '비교시점', '조정 전', '조정 후', '', '', '']);
    expect(sheet.merges).toEqual(
      expect.arrayContaining([
        `C${top}:D${top}`,
        `E${top}:F${top}`,
        `A${top}:A${top + 1}`,
        `I${top}:I${top + 1}`,
      ]),
    );
    expect(sheet.frozenRows).toBe(top + 1);
    expect(sheet.print).toMatchObject({
      paperSize: 'A4',
      orientation: 'landscape',
      repeatRows: [top, top + 1],
    });
    // An explicit scale (manual page breaks are ignored under fit-to-page) that keeps 10 pt text at 9 pt or more.
    expect(sheet.print.scale).toBeGreaterThanOrEqual(90);
    expect(sheet.columnWidths).toHaveLength(9);
  });

  it('names the item as the form does and points every number at 연동 계산 내역', () => {
    const item = rowOf(sheet, '◇ 연동 대상 목적물등의 명칭');
    expect(sheet.rows[item - 1]?.[0]?.value).toBe('◇ 연동 대상 목적물등의 명칭: 모터 하우징 (MH-100)');
    const data = sheet.rows[item] ?? [];
    expect(data.map((cell) => cell.formula ?? cell.value)).toEqual([
      "'연동 계산 내역'!E11",
      '구리',
      "'연동 계산 내역'!K11",
      "'연동 계산 내역'!L11",
      "'연동 계산 내역'!R11",
      "'연동 계산 내역'!S11",
      "'연동 계산 내역'!F11",
      '서명·기명날인',
      '서명·기명날인',
    ]);
    expect(data.map((cell) => cell.result ?? null)).toEqual([
      45383,
      null,
      9000,
      10080,
      10000,
      12160,
      45383,
      null,
      null,
    ]);
  });

  it('closes the agreement with both parties’ signature lines', () => {
    const lastRows = sheet.rows.slice(-2).map((row) => row.map((cell) => cell.value));
    expect(lastRows[0]?.slice(0, 2)).toEqual(['위탁기업', '(주)대한전자']);
    expect(lastRows[1]?.slice(0, 2)).toEqual(['수탁기업', '한빛금속']);
    expect(lastRows[1]).toContain('(인)');
  });

  it('spans one adjustment’s date, prices and signature cells over its material rows', () => {
    const two = signed(shareExcessTwoMaterials());
    const first = rowOf(two, '◇') + 1;
    expect([two.rows[first - 1]?.[1]?.value, two.rows[first]?.[1]?.value]).toEqual(['강판', '수지']);
    for (const column of ['A', 'E', 'F', 'G', 'H', 'I']) {
      expect(two.merges).toContain(`${column}${first}:${column}${first + 1}`);
    }
    // Each material's own prices stay on its row.
    expect(two.rows[first]?.[2]?.formula).toBe(`'연동 계산 내역'!K${12}`);
  });
});
