import type { ComputeResult, ItemAdjustment } from '../domain/types';
import { changeTableLayout, SHARE_BASIS_HEADING, type ChangeTableLayout } from './change-table-columns';
import { writeSignatureRow, writeTotalRow } from './change-table-footer';
import { changeCellFormula } from './change-table-formulas';
import {
  changeTableSections,
  hasDeliveryRows,
  hasFxInFormulaRows,
  hasShareRows,
  type ChangeTableSection,
} from './change-table-rows';
import { changeCellContent } from './change-table-values';
import { fitColumnWidths } from './column-widths';
import { isoToExcelSerial } from './excel-serial';
import { DATE_FORMAT } from './formats';
import type { OutputCell, OutputSheet } from './grid';
import { toOutputCell } from './output-cell';
import type { OutputMeta } from './output-meta';
import { SheetBuilder } from './sheet-builder';
import { finished } from './sheet-plan';
import { SHEET } from './sheet-names';
import { TITLE_LABEL, writeTitleBlock } from './title-block';

export const NO_ADJUSTMENT_NOTE = '기준일까지 납품단가가 조정되지 않았습니다.';

/**
 * `납품단가 변동표` (DOMAIN §4), the record both parties sign: a title block, one header row
 * (frozen, repeated on every printed page), then per agreement a subtitle, one row per (item,
 * adjustment date, material) with live formulas for every derived cell, and a signature block.
 * Written into `sheet` (a StreamingSheetBuilder passes the rows on instead of keeping them).
 */
export function buildChangeTable(
  result: ComputeResult,
  meta: OutputMeta,
  sheet: SheetBuilder = new SheetBuilder(),
): OutputSheet {
  return finished(changeTableSteps(result, meta, sheet));
}

/** buildChangeTable step by step: it pauses after each adjustment, so that a streaming writer can catch up. */
export function* changeTableSteps(
  result: ComputeResult,
  meta: OutputMeta,
  sheet: SheetBuilder,
): Generator<void, OutputSheet, void> {
  const sections = changeTableSections(result);
  const layout = changeTableLayout({
    deliveries: hasDeliveryRows(result),
    shareBasis: hasShareRows(result),
    fxInFormula: hasFxInFormulaRows(result),
  });
  const lastColumn = layout.columns.length;

  const titleEnd = writeTitleBlock(
    sheet,
    SHEET.changeTable,
    [
      { label: TITLE_LABEL.buyer, cell: { value: distinct(sections.map((s) => s.buyer)) } },
      { label: TITLE_LABEL.supplier, cell: { value: distinct(sections.map((s) => s.supplier)) } },
      { label: TITLE_LABEL.agreementIds, cell: { value: distinct(sections.map((s) => s.agreementId)) } },
      { label: TITLE_LABEL.createdOn, cell: dateCell(meta.createdOn) },
      { label: TITLE_LABEL.asOf, cell: result.asOf === null ? { value: null } : dateCell(result.asOf) },
      { label: TITLE_LABEL.fingerprint, cell: { value: meta.fingerprint } },
    ],
    lastColumn,
  );

  // One blank row under the title block; it carries the 산정 근거 group heading when needed.
  const headerRow = titleEnd + 2;
  if (layout.has('originalUnitPrice')) {
    sheet.setMerged(
      headerRow - 1,
      layout.columnOf('originalUnitPrice'),
      layout.columnOf('originalBasePrice'),
      {
        value: SHARE_BASIS_HEADING,
        style: 'header',
      },
    );
  }
  layout.columns.forEach((column, index) =>
    sheet.set(headerRow, index + 1, { value: column.header, style: 'header' }),
  );

  const firstRowOf = new Map<ItemAdjustment, number>();
  let row = headerRow + 1;
  for (const section of sections) {
    row = yield* writeSection(sheet, layout, section, row, firstRowOf);
  }

  return sheet.build(SHEET.changeTable, fitColumnWidths(sheet, lastColumn, headerRow), headerRow, {
    paperSize: 'A4',
    orientation: 'landscape',
    fitToWidth: true,
    repeatRows: [headerRow, headerRow],
  });
}

/** Writes one agreement's subtitle, rows, totals and signature block; returns the next free row. */
function* writeSection(
  sheet: SheetBuilder,
  layout: ChangeTableLayout,
  section: ChangeTableSection,
  startRow: number,
  firstRowOf: Map<ItemAdjustment, number>,
): Generator<void, number, void> {
  const lastColumn = layout.columns.length;
  let row = startRow;
  sheet.setMerged(row, 1, lastColumn, {
    value: `약정번호 ${section.agreementId} · 위탁기업 ${section.buyer} · 수탁기업 ${section.supplier}`,
    style: 'label',
  });
  row += 1;
  if (section.groups.length === 0) {
    sheet.setMerged(row, 1, lastColumn, { value: NO_ADJUSTMENT_NOTE, style: 'note' });
    row += 1;
  }
  const firstDataRow = row;
  for (const group of section.groups) {
    firstRowOf.set(group.adjustment, row);
    const groupFirst = row;
    const groupLast = row + group.rows.length - 1;
    const previousRow = group.previous ? firstRowOf.get(group.previous) : undefined;
    for (const tableRow of group.rows) {
      const at = { layout, group, tableRow, row, groupFirst, groupLast, previousRow };
      layout.columns.forEach((column, index) => {
        const content = changeCellContent(column.key, tableRow, group);
        sheet.set(row, index + 1, toOutputCell(content, changeCellFormula(column.key, at)));
      });
      row += 1;
    }
    yield;
  }
  if (layout.has('amountBefore') && section.groups.some((group) => group.deliveries !== null)) {
    writeTotalRow(sheet, layout, section, { first: firstDataRow, last: row - 1 }, row);
    row += 1;
  }
  row += 1;
  writeSignatureRow(sheet, row, '위탁기업', section.buyer);
  writeSignatureRow(sheet, row + 1, '수탁기업', section.supplier);
  return row + 3;
}

function dateCell(date: string): OutputCell {
  return { value: isoToExcelSerial(date), numberFormat: DATE_FORMAT };
}

function distinct(values: readonly string[]): string {
  return [...new Set(values)].join(', ');
}
