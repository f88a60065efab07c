import ExcelJS from 'exceljs';

/**
 * The I/O floor of `compute` at one size: exceljs reading the input workbook (touching every
 * cell), then exceljs's streaming writer writing `cells` cells with plain values (numbers and
 * short texts, no styles) in rows of `columns`: what any exceljs-based tool must at least do.
 * `node floor.js <in.xlsx> <out.xlsx> <cells> <columns>`; prints one JSON line.
 */
async function main(): Promise<void> {
  const [input, output, cellsText, columnsText] = process.argv.slice(2);
  const cells = Number(cellsText);
  const columns = Number(columnsText);
  if (!input || !output || !(cells > 0) || !(columns > 0)) {
    throw new Error('usage: floor <in.xlsx> <out.xlsx> <cells> <columns>');
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  let read = 0;
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell(() => (read += 1))));
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: output });
  const sheet = writer.addWorksheet('floor');
  let written = 0;
  for (let row = 1; written < cells; row += 1) {
    const values: (string | number)[] = [];
    for (let column = 1; column <= columns && written < cells; column += 1, written += 1) {
      values.push(column % 2 === 0 ? `텍스트 ${row}-${column}` : row * 1000 + column + 0.25);
    }
    sheet.addRow(values).commit();
  }
  sheet.commit();
  await writer.commit();
  process.stdout.write(`${JSON.stringify({ read, written })}\n`);
}

void main();
