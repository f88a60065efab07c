import type { ComputeResult, ItemAdjustment, MaterialEvaluation } from '../../../domain/types';
import { changeTableLayout, SHARE_BASIS_HEADING, type ChangeTableLayout } from './columns';
import { writeSectionHeading, writeSignatureRow, writeTotalRow } from './footer';
import { changeCellFormula, type RowPlacement } from './formulas';
import {
  changeTableSections,
  hasDeliveryRows,
  hasFxInFormulaRows,
  hasShareRows,
  type ChangeTableSection,
} from './rows';
import { changeCellContent } from './values';
import { fitColumnWidths } from '../column-widths';
import { joinWithinCell } from '../../grid/cell-text';
import type { OutputSheet, PrintSetup } from '../../grid/grid';
import type { SheetPlan } from '../../grid/sheet-plan';
import { dateCell, toOutputCell } from '../output-cell';
import type { OutputMeta } from '../output-meta';
import { type RowCells, SheetBuilder } from '../sheet-builder';
import { SHEET } from '../../grid/sheet-names';
import { TITLE_LABEL, writeTitleBlock } from '../title-block';

export { NO_ADJUSTMENT_NOTE } from './footer';

/**
 * `연동 계산 내역` (DOMAIN §4.2), every number of the calculation: a title block, one header row
 * (frozen, repeated on every printed page), then per agreement a subtitle, one row per (item,
 * adjustment date, material) with live formulas for every derived cell, and a signature block.
 * The signed `납품단가 변동표` (signed-change-table.ts) points at its cells.
 */
export function buildChangeTable(result: ComputeResult, meta: OutputMeta): OutputSheet {
  return buildCalculationSheet(result, meta).sheet;
}

/** Where each evaluation's row stands in the calculation sheet: what the 변동표 points at. */
export interface CalculationRows {
  /** The sections as laid out (the 변동표 lists the same). */
  readonly sections: readonly ChangeTableSection[];
  readonly layout: ChangeTableLayout;
  /** 1-based worksheet row of each listed evaluation. */
  readonly rowOf: ReadonlyMap<MaterialEvaluation, number>;
}

/** The calculation sheet and where each evaluation's row stands in it. */
export interface CalculationSheet extends CalculationRows {
  readonly sheet: OutputSheet;
}

/** The calculation sheet planned: its data rows made only as they are written. */
export interface PlannedCalculationSheet extends CalculationRows {
  readonly sheet: SheetPlan;
}

export function buildCalculationSheet(result: ComputeResult, meta: OutputMeta): CalculationSheet {
  const { builder, widths, headerRow, ...rows } = layOutCalculationSheet(result, meta);
  return { sheet: builder.build(SHEET.calculation, widths, headerRow, printSetup(headerRow)), ...rows };
}

export function planCalculationSheet(result: ComputeResult, meta: OutputMeta): PlannedCalculationSheet {
  const { builder, widths, headerRow, ...rows } = layOutCalculationSheet(result, meta);
  return { sheet: builder.plan(SHEET.calculation, widths, headerRow, printSetup(headerRow)), ...rows };
}

function printSetup(headerRow: number): PrintSetup {
  return { paperSize: 'A4', orientation: 'landscape', fitToWidth: true, repeatRows: [headerRow, headerRow] };
}

/** Every cell of the sheet placed (the data rows as lazy rows), the columns sized. */
function layOutCalculationSheet(result: ComputeResult, meta: OutputMeta) {
  const sections = changeTableSections(result);
  const layout = changeTableLayout({
    deliveries: hasDeliveryRows(result),
    shareBasis: hasShareRows(result),
    fxInFormula: hasFxInFormulaRows(result),
  });
  const lastColumn = layout.columns.length;
  const sheet = new SheetBuilder();

  const titleEnd = writeTitleBlock(
    sheet,
    SHEET.calculation,
    [
      { label: TITLE_LABEL.buyer, cell: { value: distinct(sections.map((s) => s.buyer)) } },
      { label: TITLE_LABEL.supplier, cell: { value: distinct(sections.map((s) => s.supplier)) } },
      { label: TITLE_LABEL.agreementIds, cell: { value: distinct(sections.map((s) => s.agreementId)) } },
      { label: TITLE_LABEL.createdOn, cell: dateCell(meta.createdOn) },
      { label: TITLE_LABEL.asOf, cell: dateCell(result.asOf) },
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
  const rowOf = new Map<MaterialEvaluation, number>();
  let row = headerRow + 1;
  for (const section of sections) {
    row = writeSection(sheet, layout, section, row, firstRowOf, rowOf);
  }

  const widths = fitColumnWidths(sheet, lastColumn, headerRow);
  return { builder: sheet, widths, headerRow, sections, layout, rowOf };
}

/** Writes one agreement's subtitle, rows, totals and signature block; returns the next free row. */
function writeSection(
  sheet: SheetBuilder,
  layout: ChangeTableLayout,
  section: ChangeTableSection,
  startRow: number,
  firstRowOf: Map<ItemAdjustment, number>,
  rowOf: Map<MaterialEvaluation, number>,
): number {
  const lastColumn = layout.columns.length;
  let row = writeSectionHeading(sheet, startRow, lastColumn, section);
  const firstDataRow = row;
  const placements: RowPlacement[] = [];
  for (const group of section.groups) {
    firstRowOf.set(group.adjustment, row);
    const groupFirst = row;
    const groupLast = row + group.rows.length - 1;
    const previousRow = group.previous ? firstRowOf.get(group.previous) : undefined;
    for (const tableRow of group.rows) {
      rowOf.set(tableRow.evaluation, row);
      placements.push({ layout, group, tableRow, row, groupFirst, groupLast, previousRow });
      row += 1;
    }
  }
  sheet.setLazyRows(firstDataRow, placements.length, lastColumn, (offset) =>
    dataRowCells(placements[offset]),
  );
  if (layout.has('amountBefore') && section.groups.some((group) => group.deliveries !== null)) {
    writeTotalRow(sheet, layout, section, { first: firstDataRow, last: row - 1 }, row);
    row += 1;
  }
  row += 1;
  writeSignatureRow(sheet, row, '위탁기업', section.buyer);
  writeSignatureRow(sheet, row + 1, '수탁기업', section.supplier);
  return row + 3;
}

/** One data row's cells: the engine's values, the derived ones as live formulas. */
function dataRowCells(at: RowPlacement | undefined): RowCells {
  return (index) => {
    const column = at?.layout.columns[index - 1];
    if (at === undefined || column === undefined) return undefined;
    const content = changeCellContent(column.key, at.tableRow, at.group);
    return toOutputCell(content, changeCellFormula(column.key, at));
  };
}

/** The distinct values as one cell's text (thousands of agreement numbers are cut to fit). */
function distinct(values: readonly string[]): string {
  return joinWithinCell([...new Set(values)]);
}
