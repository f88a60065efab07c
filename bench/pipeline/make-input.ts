import ExcelJS from 'exceljs';
import { addMonthsToMonth, firstDayOfMonth } from '../../src/domain/dates';
import { TEMPLATE_HEADERS } from '../../src/workbook/input';
import { SHEET } from '../../src/workbook/grid';
import { dateToSerial } from '../../src/workbook/input/values';
import { agreementLine } from './agreement-values';
import { FIRST_MONTH, indexName, MONTHS, pipelineSizes, priceAt } from './sizes';

/** Writes the input workbook the CLI computes: `node make-input.js <out.xlsx>`. */
export function inputWorkbook(): ExcelJS.Workbook {
  const { agreementRows, indices } = pipelineSizes();
  const workbook = new ExcelJS.Workbook();
  const agreements = workbook.addWorksheet(SHEET.agreements);
  const headers = TEMPLATE_HEADERS.agreements;
  agreements.addRow([...headers]);
  for (let row = 0; row < agreementRows; row += 1) {
    const line = agreementLine(row, indices);
    const added = agreements.addRow(headers.map((header) => line.values[header] ?? null));
    headers.forEach((header, column) => {
      const format = line.formats[header];
      if (format) added.getCell(column + 1).numFmt = format;
    });
  }
  const prices = workbook.addWorksheet(SHEET.prices);
  prices.addRow([...TEMPLATE_HEADERS.prices]);
  for (let index = 0; index < indices; index += 1) {
    for (let month = 0; month < MONTHS; month += 1) {
      const serial = dateToSerial(firstDayOfMonth(addMonthsToMonth(FIRST_MONTH, month)));
      const added = prices.addRow([indexName(index), serial, priceAt(index, month), 'KRW', 'kg']);
      added.getCell(2).numFmt = 'yyyy-mm';
    }
  }
  return workbook;
}

if (require.main === module) {
  const out = process.argv[2];
  if (!out) throw new Error('usage: make-input <out.xlsx>');
  void inputWorkbook().xlsx.writeFile(out);
}
