import ExcelJS from 'exceljs';
import { join } from 'path';
import { encodeXstring } from '../../src/adapters/xlsx/ooxml-text';
import { SHEET } from '../../src/workbook/grid/sheet-names';
import { runCli } from '../helpers/cli-harness';
import { useTempDir } from '../helpers/temp-dir';
import { baseWorkbook, put } from '../corpus/base-workbook';

/**
 * Issue 4.5: input text that a spreadsheet could take for a formula (leading =, +, -, @, tab,
 * carriage return) reaches the output workbook as the same text (outer white space trimmed, as
 * the reader does for all text), never as a formula.
 */

const tmp = useTempDir('yeondong-injection-');

const TEXTS = {
  agreementId: '=1+1',
  buyer: '@SUM(1,1)',
  supplier: '\r=cmd|"/C calc"!A0',
  item: '=HYPERLINK("http://example.invalid","x")',
  partNo: '+82-10\r=1234\t',
  material: '-2+3',
  index: '\t=1+1',
} as const;

async function computeInjected(): Promise<ExcelJS.Workbook> {
  const workbook = baseWorkbook();
  // Stored as Excel stores them (a carriage return as _x000D_), which exceljs alone would not do.
  for (const [field, text] of Object.entries(TEXTS)) put(workbook, 'agreements', field, encodeXstring(text));
  for (let row = 2; row <= 5; row += 1) put(workbook, 'prices', 'index', TEXTS.index, row);
  put(workbook, 'deliveries', 'agreementId', TEXTS.agreementId);
  put(workbook, 'deliveries', 'item', TEXTS.item);
  const input = join(tmp.path(), 'injected.xlsx');
  await workbook.xlsx.writeFile(input);
  const output = join(tmp.path(), 'out.xlsx');
  const run = await runCli(['compute', input, '-o', output]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const result = new ExcelJS.Workbook();
  await result.xlsx.readFile(output);
  return result;
}

function cellsOf(worksheet: ExcelJS.Worksheet): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = [];
  worksheet.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
  return cells;
}

describe('formula-looking input text in the output', () => {
  it('is written as the same text in the change table and the review sheet', async () => {
    const workbook = await computeInjected();
    const fieldsOf = {
      [SHEET.calculation]: Object.keys(TEXTS),
      // The signed form names each material alone (the item stands in its "◇ …" heading).
      [SHEET.changeTable]: ['material'],
      // The review sheet names items and materials; the parties are on the change table.
      [SHEET.review]: ['agreementId', 'item', 'partNo', 'material', 'index'],
    };
    for (const [name, fields] of Object.entries(fieldsOf)) {
      const cells = cellsOf(workbook.getWorksheet(name)!);
      for (const field of fields) {
        const text = TEXTS[field as keyof typeof TEXTS];
        // The reader trims outer white space of text (a documented normalisation); the rest,
        // inner carriage returns and tabs included, must come through unchanged.
        const same = cells.filter((cell) => cell.value === text.trim());
        // Title-block and subtitle cells join several names; the table cells hold each alone.
        expect([name, field, same.length > 0]).toEqual([name, field, true]);
        for (const cell of same) {
          // Members of a merged range show their master's value.
          const stored = cell.type === ExcelJS.ValueType.Merge ? cell.master : cell;
          expect([field, stored.type]).toEqual([field, ExcelJS.ValueType.String]);
        }
      }
      // The only formulas are the table's own arithmetic.
      for (const cell of cells.filter((entry) => entry.type === ExcelJS.ValueType.Formula)) {
        // The signed form's formulas point at the calculation sheet; nothing else reaches outside.
        expect(cell.formula.split(`'${SHEET.calculation}'!`).join('')).toMatch(/^[A-Z0-9(),.:*+\-/<>=$ ]+$/);
      }
    }
  });
});
