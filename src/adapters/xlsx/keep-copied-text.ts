import type ExcelJS from 'exceljs';
import { encodeXstring } from './ooxml-text';

/**
 * Sheets read from a file and written back (the input sheets copied into the result, an
 * archived table) hold text that exceljs decoded on reading; it would not re-encode carriage
 * returns or control characters on writing. Encoding them again keeps such text as it was.
 * Call once, on the sheets that came from the file, before new sheets are added.
 */
export function keepCopiedText(workbook: ExcelJS.Workbook): void {
  for (const worksheet of workbook.worksheets) {
    worksheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = cell.value;
        if (typeof value === 'string') {
          const encoded = encodeXstring(value);
          if (encoded !== value) cell.value = encoded;
        } else if (value !== null && typeof value === 'object' && 'richText' in value) {
          cell.value = {
            richText: value.richText.map((run) => ({ ...run, text: encodeXstring(run.text) })),
          };
        }
      });
    });
  }
}
