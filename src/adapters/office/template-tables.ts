import { rangeAddress } from '../../workbook/grid';
import type { OutputSheet } from '../../workbook/grid';
import { INPUT_SCHEMAS, ENUM_CHOICES } from '../../workbook/input';
import { sheetWidth } from './row-blocks';

/** Choice columns of one template sheet: 1-based column and the Korean words allowed there. */
interface ChoiceColumn {
  readonly column: number;
  readonly header: string;
  readonly choices: readonly string[];
}

/** The choice columns of a template sheet, from its schema and ENUM_CHOICES. */
function choiceColumns(sheet: OutputSheet): ChoiceColumn[] {
  const schema = Object.values(INPUT_SCHEMAS).find((candidate) => candidate.sheet === sheet.name);
  if (!schema) return [];
  const lists: Readonly<Record<string, readonly string[]>> = ENUM_CHOICES;
  return schema.fields.flatMap((field, index) => {
    const choices = lists[field.key];
    return choices ? [{ column: index + 1, header: field.header, choices }] : [];
  });
}

/** An Excel table name from a sheet name: no spaces, unique in the workbook (case-insensitive). */
function tableName(sheetName: string, taken: Set<string>): string {
  const stem = `표_${sheetName.replace(/[^\p{L}\p{N}_]/gu, '')}`;
  for (let n = 1; ; n += 1) {
    const name = n === 1 ? stem : `${stem}_${n}`;
    if (!taken.has(name.toUpperCase())) {
      taken.add(name.toUpperCase());
      return name;
    }
  }
}

/**
 * Turns a template sheet (header in row 1, sample rows below) into an Excel table and puts a
 * drop-down list on each choice column (산식, 조정주기, 반영방식, 단가반올림, …). The table
 * carries the lists down as rows are added.
 */
export function makeTemplateTable(
  worksheet: Excel.Worksheet,
  sheet: OutputSheet,
  takenTableNames: Set<string>,
): void {
  const lastRow = Math.max(2, sheet.rows.length);
  const table = worksheet.tables.add(rangeAddress(1, 1, lastRow, sheetWidth(sheet)), true);
  table.name = tableName(sheet.name, takenTableNames);
  table.style = 'TableStyleLight9';
  for (const { column, header, choices } of choiceColumns(sheet)) {
    const validation = table.columns.getItemAt(column - 1).getDataBodyRange().dataValidation;
    validation.rule = { list: { inCellDropDown: true, source: choices.join(',') } };
    validation.errorAlert = {
      showAlert: true,
      style: 'Stop',
      title: header,
      message: `${choices.join(', ')} 중에서 고르세요. / Choose one of ${choices.join(', ')}.`,
    };
  }
}
