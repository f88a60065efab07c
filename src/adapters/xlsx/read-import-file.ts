import { promises as fs } from 'fs';
import { basename, extname } from 'path';
import iconv from 'iconv-lite';
import {
  decodeTextBytes,
  parseGridSource,
  parseTextSource,
  type ImportOptions,
  type LayoutHints,
  type ParsedSource,
} from '../../workbook/prices-import';
import { loadWorkbookFile } from './load-workbook-file';
import { worksheetGrid } from './worksheet-grid';

/** CP949 (Windows Korean) the way Windows decodes it; Node's own 'euc-kr' lacks the extensions. */
export function decodeCp949(bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes), 'cp949');
}

/**
 * One file to import, read as what it is: an .xlsx workbook (its first sheet with any value),
 * or text (JSON, CSV, TSV) in UTF-8, UTF-8 with BOM, UTF-16 with BOM or CP949. Problems are
 * named by the file's own name.
 */
export async function readImportFile(
  path: string,
  options: ImportOptions,
  hints: LayoutHints,
): Promise<ParsedSource> {
  const name = basename(path);
  if (extname(path).toLowerCase() === '.xlsx') {
    const workbook = await loadWorkbookFile(path);
    const options1904 = { date1904: workbook.properties.date1904 === true };
    const grids = workbook.worksheets.map((worksheet) => worksheetGrid(worksheet, options1904));
    const grid = grids.find((candidate) => candidate.cells.length > 0) ?? grids[0];
    if (!grid) return { observations: [], problems: [], missing: 0 };
    return parseGridSource(name, grid, options, hints);
  }
  const bytes = await fs.readFile(path);
  const { text } = decodeTextBytes(bytes, decodeCp949);
  return parseTextSource(name, text, options, hints);
}
