import ExcelJS from 'exceljs';
import { INPUT_SCHEMAS, type InputSheetKey } from '../../src/workbook/input/schema';
import { TEMPLATE_HEADERS } from '../../src/workbook/input/template';
import { columnOf, EXAMPLE_ONE } from '../helpers/input-workbook';

/**
 * A valid input workbook (DOMAIN §3.5 example 1 plus a delivery) as an exceljs workbook, for the
 * corpus cases to break one thing each. Data starts in row 2 of every sheet.
 */
export function baseWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const key of ['agreements', 'prices', 'deliveries'] as const) {
    const worksheet = workbook.addWorksheet(INPUT_SCHEMAS[key].sheet);
    const headers = TEMPLATE_HEADERS[key];
    worksheet.addRow([...headers]);
    const keys = headers.map(
      (header) => INPUT_SCHEMAS[key].fields.find((spec) => spec.header === header)?.key,
    );
    for (const row of EXAMPLE_ONE[key] ?? []) {
      worksheet.addRow(keys.map((field) => (field === undefined ? null : (row[field] ?? null))));
    }
  }
  return workbook;
}

export function sheetOf(workbook: ExcelJS.Workbook, key: InputSheetKey): ExcelJS.Worksheet {
  const name = INPUT_SCHEMAS[key].sheet;
  return workbook.getWorksheet(name) ?? workbook.addWorksheet(name);
}

/** The A1 address of a field in a data row of the base workbook: at('agreements', 'threshold') → "T2". */
export function at(key: InputSheetKey, field: string, row = 2): string {
  return `${columnOf(key, field)}${row}`;
}

/** Sets one field of one row. */
export function put(
  workbook: ExcelJS.Workbook,
  key: InputSheetKey,
  field: string,
  value: ExcelJS.CellValue,
  row = 2,
): ExcelJS.Cell {
  const cell = sheetOf(workbook, key).getCell(at(key, field, row));
  cell.value = value;
  return cell;
}

/** Appends a copy of data row 2 with some fields changed; returns its row number. */
export function addCopy(
  workbook: ExcelJS.Workbook,
  key: InputSheetKey,
  changes: Readonly<Record<string, ExcelJS.CellValue>>,
): number {
  const sheet = sheetOf(workbook, key);
  const source = sheet.getRow(2);
  const values: ExcelJS.CellValue[] = [];
  source.eachCell({ includeEmpty: true }, (cell, column) => {
    values[column - 1] = cell.value;
  });
  const row = sheet.addRow(values);
  for (const [field, value] of Object.entries(changes))
    sheet.getCell(at(key, field, row.number)).value = value;
  return row.number;
}
