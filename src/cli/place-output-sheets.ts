import type ExcelJS from 'exceljs';
import { keepCopiedText, worksheetGrid, writeOutputSheets } from '../adapters/xlsx';
import type { IsoDate } from '../domain/dates';
import { archiveSheetName } from '../workbook/archive-name';
import type { OutputSheet } from '../workbook/grid';

/** What became of a sheet that stood where an output sheet goes. */
export interface DisplacedSheet {
  readonly name: string;
  /** The name it was kept under, or null when it was replaced (--replace). */
  readonly archivedAs: string | null;
}

/**
 * Adds the output sheets to the workbook. A sheet already bearing an output sheet's name (a
 * table signed earlier) is kept under a dated name, or removed when `replace` is asked for.
 */
export function placeOutputSheets(
  workbook: ExcelJS.Workbook,
  sheets: readonly OutputSheet[],
  options: { readonly replace: boolean; readonly today: IsoDate },
): DisplacedSheet[] {
  const displaced: DisplacedSheet[] = [];
  for (const sheet of sheets) {
    const existing = worksheetNamed(workbook, sheet.name);
    if (!existing) continue;
    if (options.replace) {
      workbook.removeWorksheet(existing.id);
      displaced.push({ name: existing.name, archivedAs: null });
      continue;
    }
    const names = workbook.worksheets.map((worksheet) => worksheet.name);
    const archivedAs = archiveSheetName(worksheetGrid(existing), names, options.today);
    displaced.push({ name: existing.name, archivedAs });
    existing.name = archivedAs;
  }
  keepCopiedText(workbook);
  writeOutputSheets(workbook, sheets);
  return displaced;
}

/** Excel compares sheet names without regard to case. */
function worksheetNamed(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const key = name.toLocaleUpperCase();
  return workbook.worksheets.find((worksheet) => worksheet.name.toLocaleUpperCase() === key);
}
