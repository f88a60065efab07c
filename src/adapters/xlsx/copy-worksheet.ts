import ExcelJS from 'exceljs';
import { rangeBounds, type RangeBounds } from '../../workbook/grid';
import { mergeUnchecked } from './merge-cells';
import {
  type CellModel,
  type RowModel,
  type SheetModel,
  skipEmptyRowsBefore,
  type StreamingWorksheet,
} from './sheet-model';

/** exceljs files a cell style under its object; these stand for every style-less cell (see emptyStyleFor). */
const EMPTY_STYLES = { date: Object.freeze({}), other: Object.freeze({}) };

/**
 * Copies a worksheet of a loaded workbook into a streaming workbook writer, from the same model
 * that exceljs's own writer would render it from: cells (values, formulas, styles, notes,
 * hyperlinks), rows (heights, hidden, outline), columns, merges, panes, page setup, header and
 * footer, auto filter, conditional formats, data validations, protection and page breaks. Rows
 * are committed as soon as no merge still needs them. Call `unstreamable` first: what it names
 * (Excel tables, pictures…) this copy would lose.
 */
export function copyWorksheet(
  source: ExcelJS.Worksheet,
  model: SheetModel,
  writer: ExcelJS.stream.xlsx.WorkbookWriter,
): void {
  const target = writer.addWorksheet(model.name, {
    state: model.state,
    properties: { ...model.properties },
    pageSetup: { ...model.pageSetup },
    views: (model.views ?? []).map((view) => ({ ...view })),
    ...(model.autoFilter ? { autoFilter: model.autoFilter } : {}),
    headerFooter: { ...model.headerFooter },
  } as Partial<ExcelJS.AddWorksheetOptions>) as StreamingWorksheet;
  copyColumns(model, target);
  target.dataValidations.model = { ...(model.dataValidations ?? {}) };
  target.conditionalFormatting = model.conditionalFormattings ?? [];
  target.sheetProtection = model.sheetProtection ?? null;
  target.rowBreaks = model.rowBreaks ?? [];
  copyRows(source, model, target);
  target.commit();
}

function copyColumns(model: SheetModel, target: StreamingWorksheet): void {
  for (const column of model.cols ?? []) {
    for (let number = column.min; number <= column.max; number += 1) {
      target.getColumn(number).defn = {
        width: column.width,
        style: column.style ?? {},
        hidden: column.hidden ?? false,
        outlineLevel: column.outlineLevel ?? 0,
      } as ExcelJS.Column['defn'];
    }
  }
}

function copyRows(source: ExcelJS.Worksheet, model: SheetModel, target: StreamingWorksheet): void {
  const merges = (model.merges ?? []).map(rangeBounds);
  const byTop = [...merges].sort((a, b) => a.top - b.top);
  const byBottom = [...merges].sort((a, b) => a.bottom - b.bottom);
  const rows = [...model.rows].sort((a, b) => a.number - b.number);
  const rowStyles = new Map<string, Partial<ExcelJS.Style>>();
  // The styles of the cells that merges cover, as the loaded sheet has them (the row models skip them).
  const coveredStyles = new Map<string, Partial<ExcelJS.Style>>();
  const lastRow = Math.max(rows[rows.length - 1]?.number ?? 0, byBottom[byBottom.length - 1]?.bottom ?? 0);
  let nextRow = 0;
  let nextTop = 0;
  let nextBottom = 0;
  let heldUntil = 0;
  let touched = 0;
  for (let number = 1; number <= lastRow; number += 1) {
    const row = rows[nextRow];
    if (row?.number === number) {
      nextRow += 1;
      skipEmptyRowsBefore(target, number);
      copyRow(source, row, target, rowStyles);
      for (const cell of row.cells) {
        if (cell.type === ExcelJS.ValueType.Merge && cell.style) coveredStyles.set(cell.address, cell.style);
      }
      touched = number;
    }
    // A merge's rows wait until the merge is made at its last row.
    for (let top = byTop[nextTop]; top !== undefined && top.top <= number; top = byTop[++nextTop]) {
      heldUntil = Math.max(heldUntil, top.bottom);
    }
    for (let merge = byBottom[nextBottom]; merge?.bottom === number; merge = byBottom[++nextBottom]) {
      mergeKeepingStyles(target, merge, coveredStyles);
      touched = number;
    }
    if (touched === number && heldUntil <= number) {
      target.getRow(number).commit();
      target._formulae = {};
    }
  }
}

function copyRow(
  source: ExcelJS.Worksheet,
  row: RowModel,
  target: StreamingWorksheet,
  rowStyles: Map<string, Partial<ExcelJS.Style>>,
): void {
  const copied = target.getRow(row.number) as unknown as { model: RowModel; style: Partial<ExcelJS.Style> };
  copied.model = {
    ...row,
    cells: row.cells.map((cell) => writableCell(source, cell)),
  };
  // The row model's setter gives each row its own copy of the row style: share equal ones.
  const key = JSON.stringify(row.style ?? {});
  let style = rowStyles.get(key);
  if (style === undefined) {
    style = copied.style;
    rowStyles.set(key, style);
  }
  copied.style = style;
}

/**
 * A cell as the streaming writer can write it. A shared formula becomes this cell's own formula
 * (the streaming writer numbers shared formulas per row, which would tie unrelated ones
 * together); a style-less cell takes one of two shared empty styles.
 */
function writableCell(source: ExcelJS.Worksheet, cell: CellModel): CellModel {
  let copied = cell;
  if (cell.type === ExcelJS.ValueType.Formula && (cell.sharedFormula || cell.shareType === 'shared')) {
    const formula = source.getCell(cell.address).formula;
    copied = {
      address: cell.address,
      type: cell.type,
      formula,
      ...(cell.result === undefined ? {} : { result: cell.result }),
      ...(cell.style === undefined ? {} : { style: cell.style }),
    };
  }
  if (copied.style === undefined || Object.keys(copied.style).length === 0) {
    copied = { ...copied, style: emptyStyleFor(copied) };
  }
  return copied;
}

/** exceljs gives a style-less date cell a date format, any other none: the two must not share one style object. */
function emptyStyleFor(cell: CellModel): Partial<ExcelJS.Style> {
  const shown = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
  return shown instanceof Date ? EMPTY_STYLES.date : EMPTY_STYLES.other;
}

/**
 * Merges as a loaded workbook holds them: exceljs reads a merge without giving the covered cells
 * the first cell's style (they keep their own, or the row's and column's), while the streaming
 * writer's merge gives them the first cell's.
 */
function mergeKeepingStyles(
  target: StreamingWorksheet,
  merge: RangeBounds,
  coveredStyles: ReadonlyMap<string, Partial<ExcelJS.Style>>,
): void {
  const kept: { cell: ExcelJS.Cell; style: Partial<ExcelJS.Style> }[] = [];
  for (let row = merge.top; row <= merge.bottom; row += 1) {
    for (let column = merge.left; column <= merge.right; column += 1) {
      if (row === merge.top && column === merge.left) continue;
      const cell = target.getCell(row, column);
      kept.push({ cell, style: coveredStyles.get(cell.address) ?? cell.style });
    }
  }
  mergeUnchecked(target, merge.top, merge.left, merge.bottom, merge.right);
  for (const { cell, style } of kept) cell.style = style;
}

/**
 * What of a loaded workbook the streaming copy cannot write, or null: Excel tables, pictures,
 * the 1904 date system, print options (grid lines, centring, headings) and data bars or icon
 * sets (their extension part). Such a workbook is written whole, in memory, instead.
 */
export function unstreamable(workbook: ExcelJS.Workbook, models: readonly SheetModel[]): string | null {
  if ((workbook.properties as { date1904?: boolean }).date1904) return 'the 1904 date system';
  for (const model of models) {
    if ((model.tables ?? []).length > 0) return `Excel tables on '${model.name}'`;
    if ((model.media ?? []).length > 0) return `pictures on '${model.name}'`;
    const { showGridLines, horizontalCentered, verticalCentered, showRowColHeaders } = model.pageSetup ?? {};
    if (showGridLines || horizontalCentered || verticalCentered || showRowColHeaders) {
      return `print options on '${model.name}'`;
    }
    const extended = (model.conditionalFormattings ?? []).some((format) =>
      format.rules.some((rule) => rule.type === 'dataBar' || rule.type === 'iconSet'),
    );
    if (extended) return `data bars or icon sets on '${model.name}'`;
  }
  return null;
}
