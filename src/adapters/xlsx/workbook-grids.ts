import type ExcelJS from 'exceljs';
import type { WorkbookGrids } from '../../workbook/grid';
import { worksheetGrid } from './worksheet-grid';

/** Every worksheet of a loaded workbook, in tab order, as grids. */
export function workbookGrids(workbook: ExcelJS.Workbook): WorkbookGrids {
  return { sheets: workbook.worksheets.map(worksheetGrid) };
}
