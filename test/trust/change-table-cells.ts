import ExcelJS from 'exceljs';
import { address } from '../../src/workbook/grid/cells';
import type { OutputSheet } from '../../src/workbook/grid/grid';
import type { ExpectedCell } from './crosscheck-compare';

/** Every formula cell of an output sheet with the engine's value for it (the cached `result`). */
export function expectedCells(sheet: OutputSheet): ExpectedCell[] {
  const headerRow = sheet.frozenRows;
  const headers = sheet.rows[headerRow - 1] ?? [];
  const cells: ExpectedCell[] = [];
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.formula === undefined) return;
      if (typeof cell.result !== 'number')
        throw new Error(`formula without a numeric result at ${address(r + 1, c + 1)}`);
      const first = row[0]?.value;
      cells.push({
        address: address(r + 1, c + 1),
        column: first === '합계' ? '합계' : String(headers[c]?.value ?? ''),
        formula: cell.formula,
        engine: cell.result,
        numberFormat: cell.numberFormat,
      });
    }),
  );
  return cells;
}

/** The same cells read from a written workbook's cached results (what the CLI stored). */
export function expectedCellsOf(worksheet: ExcelJS.Worksheet, headerRow: number): ExpectedCell[] {
  const headers = worksheet.getRow(headerRow);
  const cells: ExpectedCell[] = [];
  worksheet.eachRow((row) =>
    row.eachCell((cell, column) => {
      if (cell.type !== ExcelJS.ValueType.Formula) return;
      const result = cell.result;
      if (typeof result !== 'number') throw new Error(`no numeric cached result at ${cell.address}`);
      cells.push({
        address: cell.address,
        column: row.getCell(1).value === '합계' ? '합계' : String(headers.getCell(column).value ?? ''),
        formula: cell.formula,
        engine: result,
        numberFormat: cell.numFmt || undefined,
      });
    }),
  );
  return cells;
}

/** Removes every cached formula result, so that a reader must compute the formulas itself. */
export function stripCachedResults(worksheet: ExcelJS.Worksheet): number {
  let stripped = 0;
  worksheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.type !== ExcelJS.ValueType.Formula) return;
      cell.value = { formula: cell.formula } as ExcelJS.CellFormulaValue;
      stripped += 1;
    }),
  );
  return stripped;
}
