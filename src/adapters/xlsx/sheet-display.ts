import type ExcelJS from 'exceljs';
import type { SheetGrid, SheetVisibility } from '../../workbook/grid';

/** Rows and columns read from a worksheet, 1-based and inclusive. */
export interface LineSpan {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * What Excel shows of a worksheet beyond its cells: whether its tab is visible, and which rows
 * and columns of `span` it hides. A row or column of no height or width is as hidden as one
 * marked hidden. Reads the model only: no row or column is created.
 */
export function sheetDisplay(
  worksheet: ExcelJS.Worksheet,
  span: LineSpan | null,
): Pick<SheetGrid, 'visibility' | 'hiddenRows' | 'hiddenColumns'> {
  const visibility = visibilityOf(worksheet.state);
  if (span === null) return { visibility, hiddenRows: [], hiddenColumns: [] };
  const hiddenRows: number[] = [];
  for (let row = span.top; row <= span.bottom; row += 1) {
    const found = worksheet.findRow(row);
    if (found && (found.hidden || found.height === 0)) hiddenRows.push(row);
  }
  // `columns` is exceljs's own list (undefined before any column is defined); getColumn would add to it.
  const columns = (worksheet.columns as ExcelJS.Column[] | null | undefined) ?? [];
  const hiddenColumns: number[] = [];
  for (let column = span.left; column <= Math.min(span.right, columns.length); column += 1) {
    const found = columns[column - 1];
    if (found && (found.hidden || found.width === 0)) hiddenColumns.push(column);
  }
  return { visibility, hiddenRows, hiddenColumns };
}

function visibilityOf(state: string | undefined): SheetVisibility {
  return state === 'hidden' || state === 'veryHidden' ? state : 'visible';
}
