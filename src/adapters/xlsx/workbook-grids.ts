import type ExcelJS from 'exceljs';
import type { SheetGrid, WorkbookGrids } from '../../workbook/grid';
import { sheetDisplay } from './sheet-display';
import { sheetHeader, worksheetGrid } from './worksheet-grid';

/**
 * Every worksheet of a loaded workbook, in tab order, as grids. A sheet's name, visibility and
 * date system are there at once; its cells are expanded the first time they are asked for, so
 * a sheet the reader never looks at (a memo sheet with a stray cell at XFD40000) costs nothing.
 */
export function workbookGrids(workbook: ExcelJS.Workbook): WorkbookGrids {
  const options = { date1904: workbook.properties.date1904 === true };
  return { sheets: workbook.worksheets.map((worksheet) => lazyGrid(worksheet, options)) };
}

type Content = Pick<SheetGrid, 'top' | 'left' | 'cells' | 'merges' | 'hiddenRows' | 'hiddenColumns'>;

function lazyGrid(worksheet: ExcelJS.Worksheet, options: { readonly date1904: boolean }): SheetGrid {
  let content: Content | null = null;
  const load = (): Content => (content ??= worksheetGrid(worksheet, options));
  // Getters of an object literal are own and enumerable: spreading or comparing a grid sees its cells.
  return {
    ...sheetHeader(worksheet, options),
    visibility: sheetDisplay(worksheet, null).visibility,
    get top() {
      return load().top;
    },
    get left() {
      return load().left;
    },
    get cells() {
      return load().cells;
    },
    get merges() {
      return load().merges;
    },
    get hiddenRows() {
      return load().hiddenRows;
    },
    get hiddenColumns() {
      return load().hiddenColumns;
    },
  };
}
