import type ExcelJS from 'exceljs';
import { keepCopiedText, worksheetGrid } from '../adapters/xlsx';
import type { IsoDate } from '../domain/dates';
import { archiveSheetName, isReviewContinuationName } from '../workbook/output';

/** What became of a sheet that stood where an output sheet goes. */
export interface DisplacedSheet {
  readonly name: string;
  /** The name it was kept under, or null when it was replaced (--replace). */
  readonly archivedAs: string | null;
}

/**
 * Makes room in the workbook for output sheets of these names. A sheet already bearing one of
 * them (a table signed earlier) is kept under a dated name, or removed when `replace` is asked
 * for; so is an earlier run's `연동 검토내역 (2)`, `(3)`… that this run does not write, so that
 * no continuation of an old review is left looking like part of the new one. The sheets that
 * stay have their text made ready to be written back (keepCopiedText).
 */
export function makeRoomForOutputSheets(
  workbook: ExcelJS.Workbook,
  names: readonly string[],
  options: { readonly replace: boolean; readonly today: IsoDate },
): DisplacedSheet[] {
  const displaced: DisplacedSheet[] = [];
  const newNames = new Set(names.map(sheetNameKey));
  const stale = workbook.worksheets
    .filter(
      (worksheet) => isReviewContinuationName(worksheet.name) && !newNames.has(sheetNameKey(worksheet.name)),
    )
    .map((worksheet) => worksheet.name);
  for (const name of [...names, ...stale]) {
    const existing = worksheetNamed(workbook, name);
    if (!existing) continue;
    if (options.replace) {
      workbook.removeWorksheet(existing.id);
      displaced.push({ name: existing.name, archivedAs: null });
      continue;
    }
    const taken = workbook.worksheets.map((worksheet) => worksheet.name);
    const archivedAs = archiveSheetName(worksheetGrid(existing), taken, options.today);
    displaced.push({ name: existing.name, archivedAs });
    existing.name = archivedAs;
  }
  keepCopiedText(workbook);
  return displaced;
}

/** Excel compares sheet names without regard to case. */
function sheetNameKey(name: string): string {
  return name.toLocaleUpperCase();
}

function worksheetNamed(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const key = sheetNameKey(name);
  return workbook.worksheets.find((worksheet) => sheetNameKey(worksheet.name) === key);
}
