import type { CellValue, InputCell, SheetGrid, WorkbookGrids } from '../../../src/workbook/grid/grid';

/** A cell given as a bare value, or as a full InputCell (with number format or formula). */
export type CellSpec = CellValue | InputCell;

function isInputCell(spec: CellSpec): spec is InputCell {
  return typeof spec === 'object' && spec !== null && !(spec instanceof Date) && 'value' in spec;
}

export function toCell(spec: CellSpec): InputCell {
  return isInputCell(spec) ? spec : { value: spec };
}

/** A cell with a number format: fmt(0.1, '0%'). */
export function fmt(value: CellValue, numberFormat: string): InputCell {
  return { value, numberFormat };
}

/** A grid whose first row is worksheet row `top`, first column `left` (defaults: A1). */
export function grid(
  name: string,
  rows: readonly (readonly CellSpec[])[],
  options: { top?: number; left?: number; merges?: string[] } = {},
): SheetGrid {
  return {
    name,
    top: options.top ?? 1,
    left: options.left ?? 1,
    cells: rows.map((row) => row.map(toCell)),
    ...(options.merges ? { merges: options.merges } : {}),
  };
}

export function workbook(...sheets: SheetGrid[]): WorkbookGrids {
  return { sheets };
}
