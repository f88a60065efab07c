import ExcelJS from 'exceljs';
import { expectedRowPrice } from './expected-row';
import { CALC_SHEET, RESULT_COLUMN } from './formula-workbook';
import { pipelineSizes } from './sizes';

/** Proves LibreOffice really recalculated: sampled rows' new unit prices equal the JS expectation. */
export async function checkRecalc(file: string): Promise<{ checked: number; mismatches: string[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(CALC_SHEET);
  if (!sheet) return { checked: 0, mismatches: ['no calc sheet'] };
  const { agreementRows, indices } = pipelineSizes();
  const rows = [0, 1, Math.floor(agreementRows / 2), agreementRows - 1];
  const mismatches: string[] = [];
  for (const row of rows) {
    const cell = sheet.getCell(row + 2, RESULT_COLUMN);
    const value = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
    const expected = expectedRowPrice(row, indices);
    if (value !== expected) mismatches.push(`row ${row + 2}: ${JSON.stringify(value)} ≠ ${expected}`);
  }
  return { checked: rows.length, mismatches };
}

if (require.main === module) {
  void checkRecalc(process.argv[2] ?? '').then((r) => process.stdout.write(`${JSON.stringify(r)}\n`));
}
