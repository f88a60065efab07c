import type { IsoDate } from '../../domain/dates';
import { archiveSheetName } from '../../workbook/output';
import type { WorkbookGrids } from '../../workbook/grid';
import type { RunOutcome } from '../../workbook/run';
import { SHEET } from '../../workbook/grid';
import { buildTemplateSheets } from '../../workbook/input';
import { sheetNameKey } from './sheet-names';
import { makeTemplateTable } from './template-tables';
import type { SheetWrite } from './write-sheets';

export interface RunWriteOptions {
  /** True when the user chose to replace an existing table instead of keeping it renamed. */
  readonly replace: boolean;
  /** The workbook as read for the run: an existing table's 작성일 names its archive. */
  readonly grids: WorkbookGrids;
  readonly today: IsoDate;
}

/** The output sheets of a run: 납품단가 변동표 first (it is activated), 연동 계산 내역, 연동 검토내역, 연동표. */
export function runSheetWrites(outcome: RunOutcome, options: RunWriteOptions): SheetWrite[] {
  const grid = (name: string) =>
    options.grids.sheets.find((s) => sheetNameKey(s.name) === sheetNameKey(name)) ?? null;
  return [outcome.changeTable, outcome.calculationSheet, outcome.reviewSheet, outcome.agreementTable].map(
    (sheet) => ({
      sheet,
      ifExists: options.replace ? 'replace' : 'archive',
      archiveName: (taken: readonly string[]) =>
        archiveSheetName(grid(sheet.name), taken, options.today, sheet.name),
    }),
  );
}

/** The template sheets as Excel tables; a sheet that already exists is left as it is. */
export function templateSheetWrites(): SheetWrite[] {
  return buildTemplateSheets().map((sheet) => ({
    sheet,
    ifExists: 'skip',
    decorate: (worksheet, takenTableNames) => makeTemplateTable(worksheet, sheet, takenTableNames),
  }));
}

/** The input sheets a run reads, plus the output sheets (verify, archive dates). */
export const SHEETS_TO_READ: readonly string[] = [
  SHEET.agreements,
  SHEET.prices,
  SHEET.fx,
  SHEET.deliveries,
  SHEET.changeTable,
  SHEET.calculation,
  SHEET.review,
  SHEET.agreementTable,
];
