import type ExcelJS from 'exceljs';
import { rangeAddress } from '../../workbook/grid';
import type { ChoiceList, OutputCell, OutputSheet } from '../../workbook/grid';
import { isDateFormat } from '../../workbook/input/values';
import { encodeXstring } from './ooxml-text';
import { sharedOutputStyle } from './output-styles';

/** One output cell into an exceljs cell (of a workbook in memory or of a streaming writer). */
export function writeOutputCell(cell: ExcelJS.Cell, output: OutputCell): void {
  if (output.formula !== undefined) {
    // A date a formula gives (the 변동표's 조정일) is cached in the workbook's date system too.
    const cached = output.result ?? undefined;
    const result = typeof cached === 'string' || cached === undefined ? cached : literal(cached, output);
    cell.value = result === undefined ? { formula: output.formula } : { formula: output.formula, result };
  } else if (output.value !== undefined && output.value !== null) {
    // A string is stored as a string, whatever it starts with: exceljs never parses it as a formula.
    cell.value =
      typeof output.value === 'string' ? encodeXstring(output.value) : literal(output.value, output);
  }
  if (output.numberFormat !== undefined || output.style !== undefined) {
    cell.style = sharedOutputStyle(output.style, output.numberFormat);
  }
}

/**
 * A date reaches the adapter as a 1900-system serial with a date format. Written as a Date,
 * exceljs stores it in the workbook's own date system, so that a result written into a 1904
 * workbook (one read from an old Mac file) shows the same day, not one four years later.
 */
function literal(value: number | boolean, output: OutputCell): number | boolean | Date {
  if (typeof value !== 'number' || !showsDate(output.numberFormat) || value < FIRST_TRUE_SERIAL) return value;
  return new Date(Math.round((value - UNIX_EPOCH_SERIAL) * DAY_MS));
}

/** isDateFormat, worked out once per format: the output has a handful of formats and millions of numbers. */
function showsDate(format: string | undefined): boolean {
  let shows = DATE_FORMATS.get(format);
  if (shows === undefined) DATE_FORMATS.set(format, (shows = isDateFormat(format)));
  return shows;
}

const DATE_FORMATS = new Map<string | undefined, boolean>();

/** 1970-01-01 in the 1900 date system; from serial 61 (1900-03-01) on, serials count true days. */
const UNIX_EPOCH_SERIAL = 25569;
const FIRST_TRUE_SERIAL = 61;
const DAY_MS = 86_400_000;

/** The sheet's frozen header rows as exceljs views (none when nothing is frozen). */
export function frozenViews(sheet: Pick<OutputSheet, 'frozenRows'>): Partial<ExcelJS.WorksheetView>[] {
  return sheet.frozenRows > 0
    ? [{ state: 'frozen', xSplit: 0, ySplit: sheet.frozenRows, topLeftCell: `A${sheet.frozenRows + 1}` }]
    : [];
}

/**
 * exceljs's worksheet-level validations (types lack them): one sqref per range. Set per cell,
 * its optimiser sorts addresses as text and writes overlapping ranges (exceljs issue #2820),
 * which Excel and LibreOffice read as two rules.
 */
interface WorksheetValidations {
  readonly dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

/** A drop-down of the allowed words that warns (not blocks) on other text: aliases stay valid input. */
export function addChoiceList(worksheet: ExcelJS.Worksheet, list: ChoiceList): void {
  const range = rangeAddress(list.fromRow, list.column, list.toRow, list.column);
  (worksheet as unknown as WorksheetValidations).dataValidations.add(range, {
    type: 'list',
    allowBlank: true,
    formulae: [`"${list.choices.join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: '목록에 없는 값 / not in the list',
    error: `다음 중 하나를 고르세요 / choose one of: ${list.choices.join(', ')}`,
  });
}
