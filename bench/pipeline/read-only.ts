import ExcelJS from 'exceljs';

/**
 * The I/O floors: exceljs reading the input workbook and touching every cell value
 * (`read-only <in.xlsx>`), or also writing it back out unchanged (`read-only <in.xlsx> <out.xlsx>`).
 */
async function main(): Promise<void> {
  const [file, out] = process.argv.slice(2);
  if (!file) throw new Error('usage: read-only <in.xlsx> [<out.xlsx>]');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  let cells = 0;
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell(() => (cells += 1))));
  if (out) await workbook.xlsx.writeFile(out);
  process.stdout.write(`${JSON.stringify({ cells })}\n`);
}

void main();
