import type { SheetGrid } from '../../../src/workbook/grid/grid';
import { type CellSpec, grid } from './grid-helpers';

export type Row = Readonly<Record<string, CellSpec>>;

/** A sheet from header → value records; headers in the order they first appear. */
export function tableSheet(
  name: string,
  rows: readonly Row[],
  options: { top?: number; left?: number } = {},
): SheetGrid {
  const headers: string[] = [];
  for (const row of rows)
    for (const header of Object.keys(row)) if (!headers.includes(header)) headers.push(header);
  return grid(name, [headers, ...rows.map((row) => headers.map((header) => row[header] ?? null))], options);
}

/** A complete, valid 투입량 row; column letters A… follow this order. */
export const AGREEMENT: Row = {
  약정번호: 'A-1',
  위탁기업: '갑전자',
  수탁기업: '을정밀',
  물품명: '하우징',
  약정일: '2024-01-10',
  납품단가: 10000,
  원재료: '구리',
  기준지표: '구리지수',
  산식: '투입량',
  단위당투입량: 2,
  기준시점: '2024-01',
  조정요건: 10,
  조정주기: 3,
  첫조정일: '2024-04-01',
};

/** Column letters of AGREEMENT's headers. */
export const AGREEMENT_COLUMN = {
  약정번호: 'A',
  약정일: 'E',
  납품단가: 'F',
  기준지표: 'H',
  산식: 'I',
  단위당투입량: 'J',
  기준시점: 'K',
  조정요건: 'L',
  조정주기: 'M',
  첫조정일: 'N',
} as const;

export const PRICES: readonly Row[] = [
  { 기준지표: '구리지수', 일자: '2024-01', 가격: 9000 },
  { 기준지표: '구리지수', 일자: '2024-03', 가격: 10080 },
];

export function agreementSheet(...rows: Row[]): SheetGrid {
  return tableSheet('연동약정', rows.length > 0 ? rows : [AGREEMENT]);
}

export function priceSheet(rows: readonly Row[] = PRICES): SheetGrid {
  return tableSheet('원재료가격', rows);
}
