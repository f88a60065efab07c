import { nearestDouble, ZERO, type D } from '../../../domain/decimal';
import { rangeAddress } from '../../grid/cells';
import type { ChangeColumnKey, ChangeTableLayout } from './columns';
import type { ChangeTableGroup, ChangeTableSection } from './rows';
import { wonFormatFor } from '../formats';
import type { SheetBuilder } from '../sheet-builder';

const SECTION_TOTAL_LABEL = '합계';
export const NO_ADJUSTMENT_NOTE = '기준일까지 납품단가가 조정되지 않았습니다.';

/**
 * An agreement's heading across the sheet, and the note that nothing changed when nothing did;
 * both the 변동표 and the 계산 내역 open each agreement so. Returns the next free row.
 */
export function writeSectionHeading(
  sheet: SheetBuilder,
  row: number,
  lastColumn: number,
  section: ChangeTableSection,
): number {
  sheet.setMerged(row, 1, lastColumn, {
    value: `약정번호 ${section.agreementId} · 위탁기업 ${section.buyer} · 수탁기업 ${section.supplier}`,
    style: 'label',
  });
  if (section.groups.length > 0) return row + 1;
  sheet.setMerged(row + 1, 1, lastColumn, { value: NO_ADJUSTMENT_NOTE, style: 'note' });
  return row + 2;
}
const SIGNATURE_LINE = '______________';

/** The section's delivery amounts summed over its data rows (only first rows of groups hold any). */
export function writeTotalRow(
  sheet: SheetBuilder,
  layout: ChangeTableLayout,
  section: ChangeTableSection,
  dataRows: { readonly first: number; readonly last: number },
  row: number,
): void {
  sheet.set(row, 1, { value: SECTION_TOTAL_LABEL, style: 'total' });
  const sums: readonly [ChangeColumnKey, (group: ChangeTableGroup) => D][] = [
    ['amountBefore', (group) => group.deliveries?.amountBefore ?? ZERO],
    ['amountAfter', (group) => group.deliveries?.amountAfter ?? ZERO],
    ['adjustmentAmount', (group) => group.deliveries?.adjustmentAmount ?? ZERO],
  ];
  const decimals = section.groups.reduce((most, group) => Math.max(most, group.adjustment.priceDecimals), 0);
  for (const [key, amount] of sums) {
    const column = layout.columnOf(key);
    const total = section.groups.reduce((sum, group) => sum.plus(amount(group)), ZERO);
    sheet.set(row, column, {
      formula: `SUM(${rangeAddress(dataRows.first, column, dataRows.last, column)})`,
      result: nearestDouble(total),
      numberFormat: wonFormatFor(total, decimals),
      style: 'total',
    });
  }
}

/** "위탁기업 | <name> | (인) ____ | 날짜 ____": room to sign and date on paper. */
export function writeSignatureRow(sheet: SheetBuilder, row: number, role: string, name: string): void {
  sheet.setMerged(row, 1, 2, { value: role, style: 'signature' });
  sheet.setMerged(row, 3, 5, { value: name, style: 'signature' });
  sheet.set(row, 6, { value: '(인)', style: 'signature' });
  sheet.set(row, 7, { value: SIGNATURE_LINE, style: 'signature' });
  sheet.set(row, 8, { value: '날짜', style: 'signature' });
  sheet.set(row, 9, { value: SIGNATURE_LINE, style: 'signature' });
}
