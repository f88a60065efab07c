import { parseAddress } from '../../src/workbook/grid/cells';
import type { InputCell, SheetGrid, WorkbookGrids } from '../../src/workbook/grid/grid';

export function sheetOf(workbook: WorkbookGrids, name: string): SheetGrid {
  const sheet = workbook.sheets.find((candidate) => candidate.name === name);
  if (!sheet) throw new Error(`no sheet '${name}' among ${workbook.sheets.map((s) => s.name).join(', ')}`);
  return sheet;
}

/** The grid cell at an A1 address, or undefined outside the grid. */
export function cellAt(sheet: SheetGrid, a1: string): InputCell | undefined {
  const { row, column } = parseAddress(a1);
  return sheet.cells[row - sheet.top]?.[column - sheet.left];
}
