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
  if (isLegacyExcel(bytes)) return legacyExcel(name);
  const { text } = decodeTextBytes(bytes, decodeCp949);
  return parseTextSource(name, text, options, hints);
}

/** An .xls (BIFF) workbook is an OLE compound file: D0 CF 11 E0. */
function isLegacyExcel(bytes: Buffer): boolean {
  return bytes.length >= 4 && bytes.readUInt32BE(0) === 0xd0cf11e0;
}

function legacyExcel(file: string): ParsedSource {
  return {
    observations: [],
    missing: 0,
    problems: [
      {
        severity: 'error',
        spot: { file, line: null, column: null },
        text: {
          ko: '옛 Excel 형식(.xls)은 읽지 않습니다. Excel에서 .xlsx나 CSV로 저장한 뒤 다시 가져오세요',
          en: 'the old Excel format (.xls) is not read; save it as .xlsx or CSV in Excel, then import again',
        },
      },
    ],
  };
}
