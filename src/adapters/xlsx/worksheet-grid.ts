import ExcelJS from 'exceljs';
import { rangeAddress } from '../../workbook/cells';
import type { InputCell, SheetGrid } from '../../workbook/grid';
import { inputCellOf } from './input-cell';
import { sheetDisplay } from './sheet-display';

interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const EMPTY: InputCell = { value: null };

/**
 * A worksheet's used range as a grid: from the first to the last cell that holds something.
 * Cells that are only formatted do not count, so 50,000 formatted empty rows under a table
 * cost one pass and no grid rows.
 */
export function worksheetGrid(worksheet: ExcelJS.Worksheet): SheetGrid {
  const { filled, used } = filledCells(worksheet);
  if (used === null)
    return { name: worksheet.name, top: 1, left: 1, cells: [], merges: [], ...sheetDisplay(worksheet, null) };
  const cells: InputCell[][] = [];
  for (let row = used.top; row <= used.bottom; row += 1) {
    const rowCells = filled.get(row);
    const gridRow: InputCell[] = [];
    for (let column = used.left; column <= used.right; column += 1) {
      const cell = rowCells?.get(column);
      gridRow.push(cell ? inputCellOf(cell) : EMPTY);
    }
    cells.push(gridRow);
  }
  return {
    name: worksheet.name,
    top: used.top,
    left: used.left,
    cells,
    merges: mergedRanges(filled, used),
    ...sheetDisplay(worksheet, used),
  };
}

type FilledCells = Map<number, Map<number, ExcelJS.Cell>>;

/** Cells that hold something, by row then column, and the rectangle around them. */
function filledCells(worksheet: ExcelJS.Worksheet): { filled: FilledCells; used: Bounds | null } {
  const filled: FilledCells = new Map();
  const scan: { used: Bounds | null } = { used: null };
  // eachRow and eachCell skip rows and cells that exceljs holds only for their formatting.
  worksheet.eachRow((row, rowNumber) => {
    row.eachCell((cell, columnNumber) => {
      if (!holdsSomething(cell)) return;
      let cells = filled.get(rowNumber);
      if (!cells) filled.set(rowNumber, (cells = new Map()));
      cells.set(columnNumber, cell);
      scan.used = widen(scan.used, rowNumber, columnNumber);
    });
  });
  return { filled, used: scan.used };
}

/** A merge's other cells count too: the range belongs to the table it sits in. */
function holdsSomething(cell: ExcelJS.Cell): boolean {
  return cell.type !== ExcelJS.ValueType.Null;
}

function widen(bounds: Bounds | null, row: number, column: number): Bounds {
  if (bounds === null) return { top: row, left: column, bottom: row, right: column };
  return {
    top: Math.min(bounds.top, row),
    left: Math.min(bounds.left, column),
    bottom: Math.max(bounds.bottom, row),
    right: Math.max(bounds.right, column),
  };
}

/**
 * Merged ranges, found from the public cell API: every cell of a merge but the top-left one
 * names that master, so a merge spans from its master to its farthest member.
 */
function mergedRanges(filled: FilledCells, used: Bounds): string[] {
  const spans = new Map<string, Bounds>();
  for (const [row, cells] of filled) {
    for (const [column, cell] of cells) {
      if (cell.type !== ExcelJS.ValueType.Merge) continue;
      const master = cell.master;
      // exceljs types row/col as strings; they are numbers at run time.
      const start = spans.get(master.address) ?? widen(null, Number(master.row), Number(master.col));
      spans.set(master.address, widen(start, row, column));
    }
  }
  return [...spans.values()]
    .filter((span) => span.top >= used.top && span.left >= used.left)
    .sort((a, b) => a.top - b.top || a.left - b.left)
    .map((span) => rangeAddress(span.top, span.left, span.bottom, span.right));
}
