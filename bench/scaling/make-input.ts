import ExcelJS from 'exceljs';
import { SHEET } from '../../src/workbook/grid';
import { TEMPLATE_HEADERS } from '../../src/workbook/input';
import { dateToSerial } from '../../src/workbook/input/values';
import { agreementValues, dailyPrice, INDICES, indexName, priceDays } from './shape';

/** `node make-input.js <out.xlsx> <agreementRows>`: the scaling input, written as Excel would (shared strings). */
async function main(): Promise<void> {
  const [out, rowsText] = process.argv.slice(2);
  const rows = Number(rowsText);
  if (!out || !Number.isInteger(rows) || rows < 1) throw new Error('usage: make-input <out.xlsx> <rows>');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: out,
    useSharedStrings: true,
    useStyles: true,
  });
  const agreements = workbook.addWorksheet(SHEET.agreements);
  const headers = TEMPLATE_HEADERS.agreements;
  agreements.addRow([...headers]).commit();
  for (let row = 0; row < rows; row += 1) {
    const { values, formats } = agreementValues(row);
    const added = agreements.addRow(headers.map((header) => values[header] ?? null));
    headers.forEach((header, column) => {
      const format = formats[header];
      if (format) added.getCell(column + 1).numFmt = format;
    });
    added.commit();
  }
  agreements.commit();
  const prices = workbook.addWorksheet(SHEET.prices);
  prices.addRow([...TEMPLATE_HEADERS.prices]).commit();
  for (let index = 0; index < INDICES; index += 1) {
    for (const { day, date } of priceDays()) {
      const added = prices.addRow([
        indexName(index),
        dateToSerial(date),
        dailyPrice(index, day),
        'KRW',
        'kg',
      ]);
      added.getCell(2).numFmt = 'yyyy-mm-dd';
      added.commit();
    }
  }
  prices.commit();
  await workbook.commit();
}

void main();
