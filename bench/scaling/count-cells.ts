import ExcelJS from 'exceljs';

/**
 * `node count-cells.js <file.xlsx>`: every filled cell of every sheet and the sheets' names, read
 * with exceljs's streaming reader (the result of a large run does not fit a full read).
 */
async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error('usage: count-cells <file.xlsx>');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'ignore',
    hyperlinks: 'ignore',
  });
  let cells = 0;
  const sheets: { name: string; rows: number }[] = [];
  for await (const worksheet of reader) {
    let rows = 0;
    for await (const row of worksheet) {
      rows = (row as ExcelJS.Row).number;
      (row as ExcelJS.Row).eachCell(() => (cells += 1));
    }
    sheets.push({ name: (worksheet as unknown as { name: string }).name, rows });
  }
  process.stdout.write(`${JSON.stringify({ cells, sheets })}\n`);
}

void main();
