import ExcelJS from 'exceljs';
import { keepCopiedText } from '../../../src/adapters/xlsx';

async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await workbook.xlsx.writeBuffer());
  return again;
}

describe('text of sheets copied from the input', () => {
  const texts = ['줄1\r\n줄2', '\r=1+1', 'bell\u0007', 'literal _x000D_ text', 'plain 텍스트'];

  it('comes back unchanged after being read and written again', async () => {
    const original = new ExcelJS.Workbook();
    const sheet = original.addWorksheet('연동약정');
    texts.forEach((text, i) => {
      sheet.getCell(i + 1, 1).value = text;
    });
    keepCopiedText(original);
    // As the CLI does: read the file, keep its text, write it back.
    const copied = await roundTrip(original);
    keepCopiedText(copied);
    const result = await roundTrip(copied);
    expect(texts.map((_, i) => result.getWorksheet('연동약정')?.getCell(i + 1, 1).value)).toEqual(texts);
  });

  it('without it, exceljs alone loses the carriage return', async () => {
    const original = new ExcelJS.Workbook();
    original.addWorksheet('s').getCell('A1').value = 'a\rb';
    const result = await roundTrip(original);
    expect(result.getWorksheet('s')?.getCell('A1').value).not.toBe('a\rb');
  });
});
