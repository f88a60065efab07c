import ExcelJS from 'exceljs';
import { saveWorkbookFile, writeOutputSheets } from '../../adapters/xlsx';
import { buildSampleSheets } from './sample-sheets';
import { withFixedZipTimes } from './zip-timestamps';

/** A fixed authoring time, so that regenerating the sample changes no byte. */
const AUTHORED = { year: 2026, month: 1, day: 5 };

/** Writes the sample input workbook (assets/sample-workbook.xlsx) to `path`. */
export async function writeSampleWorkbook(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const authored = new Date(Date.UTC(AUTHORED.year, AUTHORED.month - 1, AUTHORED.day));
  workbook.creator = 'yeondong';
  workbook.lastModifiedBy = 'yeondong';
  workbook.created = authored;
  workbook.modified = authored;
  writeOutputSheets(workbook, buildSampleSheets());
  await saveWorkbookFile(workbook, path, (bytes) => withFixedZipTimes(bytes, AUTHORED));
}
