import { ISSUE, type Issue } from '../../domain/issues';
import type { RowOrigin } from '../../domain/types';
import { address } from '../grid/cells';
import type { InputCell, SheetGrid } from '../grid/grid';
import { fieldForHeader, headerRangeOf, headerText, matchHeaders } from './headers';
import { type DataRow, cellAt, HEADER_SEARCH_ROWS, type LocatedTable, locateTable } from './locate-table';
import { parseField, type FieldValue } from './field';
import { noteIssue, problemIssue, sheetError, sheetWarning } from './messages';
import type { CompleteValues, FieldSpec, RowValues, SheetSchema } from './schema';
import { type DateSystem, isEmptyField, type ParseProblem } from './values';

/** One data row, its cells read by the schema. */
export interface TableRow<F extends readonly FieldSpec[]> {
  readonly origin: RowOrigin;
  readonly values: RowValues<F>;
  /** False when a cell could not be read or a required value (or column) is missing. */
  readonly valid: boolean;
  /** Keys of the cells that held something unreadable (already reported). */
  readonly unreadable: ReadonlySet<string>;
}

/** The values of a valid row, typed so: validity means every required field has its value. */
export function completeValues<F extends readonly FieldSpec[]>(row: TableRow<F>): CompleteValues<F> | null {
  return row.valid ? (row.values as CompleteValues<F>) : null;
}

/** A sheet read by its schema: the generic half of every per-sheet reader. */
export interface SheetTable<F extends readonly FieldSpec[]> {
  readonly sheet: string;
  /** False when the workbook has no such sheet. */
  readonly present: boolean;
  /** "A1:AB1"; empty when the sheet has no header. */
  readonly headerRange: string;
  /** Field key → 1-based worksheet column. */
  readonly columns: ReadonlyMap<string, number>;
  readonly rows: readonly TableRow<F>[];
  readonly issues: readonly Issue[];
}

export function readTable<F extends readonly FieldSpec[]>(
  grid: SheetGrid | undefined,
  contract: SheetSchema<F>,
): SheetTable<F> {
  // Issues name the sheet as the workbook spells it (a sheet may be found under a looser name).
  const schema: SheetSchema<F> = grid ? { ...contract, sheet: grid.name } : contract;
  const absent = { sheet: schema.sheet, headerRange: '', columns: new Map<string, number>(), rows: [] };
  if (!grid) {
    return { ...absent, present: false, issues: schema.required ? [missingSheet(schema.sheet)] : [] };
  }
  const table = locateTable(grid, (cells) => looksLikeHeader(schema, cells));
  if (!table) {
    return { ...absent, present: true, issues: schema.required ? [emptySheet(schema.sheet)] : [] };
  }
  if ('headerNotFound' in table) {
    return { ...absent, present: true, issues: [headerNotFound(schema, table.searchedRange)] };
  }
  const headers = matchHeaders(schema, table.headerRow, table.headerCells);
  const headerRange = headerRangeOf(table.headerRow, table.headerCells);
  const issues: Issue[] = [...table.issues, ...headers.issues];
  const system = { date1904: grid.date1904 === true };
  const rows = table.dataRows.map((row) => readRow(schema, table, headers.columns, row, issues, system));
  if (rows.length === 0 && schema.required) issues.push(noDataRows(schema.sheet, headerRange));
  return { sheet: schema.sheet, present: true, headerRange, columns: headers.columns, rows, issues };
}

function readRow<F extends readonly FieldSpec[]>(
  schema: SheetSchema<F>,
  table: LocatedTable,
  columns: ReadonlyMap<string, number>,
  row: DataRow,
  issues: Issue[],
  system: DateSystem,
): TableRow<F> {
  const values: Record<string, FieldValue | null> = {};
  const cells: Record<string, string> = {};
  const unreadable = new Set<string>();
  let valid = true;
  for (const spec of schema.fields) {
    values[spec.key] = null;
    const column = columns.get(spec.key);
    if (column === undefined) {
      // The missing header was reported once for the sheet; the row cannot be complete.
      if (spec.required) valid = false;
      continue;
    }
    const at = address(row.row, column);
    cells[spec.key] = at;
    const cell = cellAt(table, row, column);
    if (isEmptyField(cell)) {
      if (spec.required) {
        issues.push(emptyFieldIssue(schema.sheet, at, spec));
        valid = false;
      }
      continue;
    }
    const result = parseField(spec.kind, cell ?? { value: null }, system);
    if (!result.ok) {
      issues.push(problemIssue(schema.sheet, at, spec, result));
      unreadable.add(spec.key);
      valid = false;
      continue;
    }
    if (result.note) issues.push(noteIssue(schema.sheet, at, spec, result.note));
    values[spec.key] = result.value;
  }
  for (const [alias, key] of Object.entries(schema.originAliases)) {
    const at = cells[key];
    if (at !== undefined) cells[alias] = at;
  }
  // Each value was produced by the parser of its field's kind, which is what RowValues<F> states.
  const typed = values as unknown as RowValues<F>;
  return { origin: { sheet: schema.sheet, row: row.row, cells }, values: typed, valid, unreadable };
}

/** "<header> is empty; it is required and must be …", for a required cell left empty. */
export function emptyFieldIssue(sheet: string, at: string, spec: FieldSpec): Issue {
  const blank: InputCell = { value: null };
  const result = parseField(spec.kind, blank);
  const found: ParseProblem = result.ok
    ? { ok: false, code: ISSUE.REQUIRED_VALUE, expected: { ko: '', en: '' }, input: null }
    : result;
  return problemIssue(sheet, at, spec, found);
}

/** A row names at least two fields (or every field of a one-field sheet). */
function looksLikeHeader(schema: SheetSchema, cells: readonly { readonly cell: InputCell }[]): boolean {
  const named = new Set(
    cells.map(({ cell }) => fieldForHeader(schema, headerText(cell))?.key).filter(Boolean),
  );
  return named.size >= Math.min(2, schema.fields.length);
}

function missingSheet(sheet: string): Issue {
  return sheetError({
    code: ISSUE.MISSING_SHEET,
    at: { sheet, cell: '' },
    text: {
      ko: `'${sheet}' 시트가 없습니다. 템플릿의 시트 이름을 그대로 쓰세요`,
      en: `the workbook has no sheet named '${sheet}'; keep the template's sheet names`,
    },
  });
}

function emptySheet(sheet: string): Issue {
  return sheetError({
    code: ISSUE.EMPTY_SHEET,
    at: { sheet, cell: 'A1' },
    text: {
      ko: '시트가 비어 있습니다. 첫 행에 머리글을, 그 아래에 자료를 넣으세요',
      en: 'the sheet is empty; put the header in the first row and the data below it',
    },
  });
}

/** One error for the sheet, not one per column, when no row looks like the header. */
function headerNotFound(schema: SheetSchema, searchedRange: string): Issue {
  const required = schema.fields.filter((spec) => spec.required);
  const headers = required.map((spec) => spec.header).join(', ');
  const keys = required.map((spec) => `${spec.header} (${spec.key})`).join(', ');
  return sheetError({
    code: ISSUE.HEADER_NOT_FOUND,
    at: { sheet: schema.sheet, cell: searchedRange },
    text: {
      ko: `머리글 행을 찾지 못했습니다. 처음 ${HEADER_SEARCH_ROWS}개의 내용 있는 행 중 한 행에 머리글이 있어야 합니다. 필수 머리글: ${headers}`,
      en: `no header row was found; one of the first ${HEADER_SEARCH_ROWS} non-empty rows must hold the headers. Required headers: ${keys}`,
    },
  });
}

function noDataRows(sheet: string, headerRange: string): Issue {
  return sheetWarning({
    code: ISSUE.NO_DATA_ROWS,
    at: { sheet, cell: headerRange },
    text: { ko: '머리글 아래에 자료 행이 없습니다', en: 'there are no data rows under the header' },
  });
}
