/** Workbooks for the adapter tests, made from the template the add-in writes. */
import type { InputCell, OutputSheet, SheetGrid, WorkbookGrids } from '../../../src/workbook/grid/grid';
import { TEMPLATE_HEADERS, buildTemplateSheets } from '../../../src/workbook/input/template';
import { SHEET } from '../../../src/workbook/grid/sheet-names';

/** An output sheet as the grid Excel would hand back (values and formats as written). */
export function gridOf(sheet: OutputSheet): SheetGrid {
  const cells: InputCell[][] = sheet.rows.map((row) =>
    row.map((cell) => {
      const value = cell.formula === undefined ? (cell.value ?? null) : (cell.result ?? null);
      const base: InputCell =
        cell.numberFormat === undefined ? { value } : { value, numberFormat: cell.numberFormat };
      return cell.formula === undefined ? base : { ...base, formula: cell.formula };
    }),
  );
  return { name: sheet.name, top: 1, left: 1, cells };
}

/**
 * The template workbook with `agreementRows` rows in 연동약정: the sample rows repeated, each
 * copy its own agreement (약정번호 "YD-2024-001-n" from the second copy on, the first keeping the one the sample
 * deliveries refer to) so that every copy is computed.
 */
export function templateWorkbook(agreementRows: number): WorkbookGrids {
  const sheets = buildTemplateSheets().map((sheet) => {
    if (sheet.name !== SHEET.agreements) return sheet;
    const [header, ...samples] = sheet.rows;
    const idColumn = TEMPLATE_HEADERS.agreements.indexOf('약정번호');
    const rows = Array.from({ length: agreementRows }, (_, index) => {
      const sample = samples[index % samples.length] ?? [];
      const copy = Math.floor(index / samples.length) + 1;
      return sample.map((cell, column) =>
        column === idColumn && copy > 1 ? { ...cell, value: `${String(cell.value)}-${copy}` } : cell,
      );
    });
    return { ...sheet, rows: [header ?? [], ...rows] };
  });
  return { sheets: sheets.map(gridOf) };
}
