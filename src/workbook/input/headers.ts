import { type Bilingual, ISSUE, type Issue } from '../../domain/issues';
import { address, rangeAddress } from '../grid/cells';
import type { InputCell } from '../grid/grid';
import { sheetError, subject } from './messages';
import type { FieldSpec, SheetSchema } from './schema';
import { isBlankCell } from './values';

/**
 * The comparable form of a header: case, spaces, underscores, hyphens and required-marks do
 * not count, nor a unit in brackets at the end: "조정요건 (%)", "Agreement_ID*" and
 * "agreementId" all compare equal to their plain form.
 */
export function normalizeHeader(text: string): string {
  return withoutTrailingMarks(text.normalize('NFKC').trim())
    .toLowerCase()
    .replace(/[\s_\-*·.]+/g, '');
}

/**
 * Strips, from the end, units in brackets ("(%)", "[원]") and required-marks ("*"), with the
 * spaces around them, as often as they repeat. A scan from the end: each character is looked at
 * a bounded number of times, where end-anchored patterns would retry from every position.
 */
function withoutTrailingMarks(text: string): string {
  let end = text.length;
  for (;;) {
    let cut = end;
    while (cut > 0 && text.charAt(cut - 1).trim() === '') cut -= 1;
    const last = text.charAt(cut - 1);
    if (last === '*') {
      while (cut > 0 && text.charAt(cut - 1) === '*') cut -= 1;
    } else if (last === ')' || last === ']') {
      const start = text.lastIndexOf(last === ')' ? '(' : '[', cut - 2);
      if (start < 0 || text.slice(start + 1, cut - 1).includes(last)) return text.slice(0, end);
      cut = start;
    } else {
      return text.slice(0, end);
    }
    end = cut;
  }
}

/** Every accepted name of a field, normalised: header, key, aliases. */
function namesOf(spec: FieldSpec): string[] {
  return [spec.header, spec.key, ...spec.aliases].map(normalizeHeader);
}

/** The field a header cell names, if any. */
export function fieldForHeader(schema: SheetSchema, text: string): FieldSpec | undefined {
  const name = normalizeHeader(text);
  return name === '' ? undefined : schema.fields.find((spec) => namesOf(spec).includes(name));
}

export interface HeaderCell {
  /** 1-based worksheet column. */
  readonly column: number;
  readonly cell: InputCell;
}

export interface HeaderMatch {
  /** Field key → 1-based worksheet column (the first column when a header repeats). */
  readonly columns: ReadonlyMap<string, number>;
  /** Columns whose header names no field: kept in the workbook, ignored here. */
  readonly extraColumns: readonly number[];
  /** Keys of required fields that have no column. */
  readonly missing: readonly string[];
  readonly issues: readonly Issue[];
}

export function headerText(cell: InputCell): string {
  const { value } = cell;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** Matches one header row against a sheet's fields. */
export function matchHeaders(schema: SheetSchema, row: number, cells: readonly HeaderCell[]): HeaderMatch {
  const columns = new Map<string, number>();
  const extraColumns: number[] = [];
  const issues: Issue[] = [];
  for (const { column, cell } of cells) {
    if (isBlankCell(cell)) continue;
    const spec = fieldForHeader(schema, headerText(cell));
    if (!spec) {
      extraColumns.push(column);
      continue;
    }
    const first = columns.get(spec.key);
    if (first === undefined) {
      columns.set(spec.key, column);
      continue;
    }
    issues.push(
      sheetError({
        code: ISSUE.DUPLICATE_HEADER,
        at: { sheet: schema.sheet, cell: address(row, column) },
        text: {
          ko: `'${spec.header}' 열이 ${address(row, first)}에 이미 있습니다. 같은 항목의 열은 하나만 두세요 (${address(row, first)} 열을 읽었습니다)`,
          en: `the column '${spec.header}' (${spec.key}) already appears at ${address(row, first)}; keep one column per field (${address(row, first)} was read)`,
        },
      }),
    );
  }
  const missing = schema.fields
    .filter((spec) => spec.required && !columns.has(spec.key))
    .map((spec) => spec.key);
  const headerRange = headerRangeOf(row, cells);
  for (const key of missing) {
    const spec = schema.fields.find((candidate) => candidate.key === key);
    if (!spec) continue;
    issues.push(missingHeaderIssue(schema.sheet, headerRange, spec));
  }
  return { columns, extraColumns, missing, issues };
}

export function missingHeaderIssue(
  sheet: string,
  headerRange: string,
  spec: FieldSpec,
  why: Bilingual = { ko: '', en: '' },
): Issue {
  return sheetError({
    code: ISSUE.MISSING_HEADER,
    at: { sheet, cell: headerRange },
    text: {
      ko: `필수 열 '${spec.header}'${subject(spec.header)} 머리글 행에 없습니다${why.ko}`,
      en: `the required column '${spec.header}' (${spec.key}) is missing from the header row${why.en}`,
    },
  });
}

/** "A1:F1": the header row across the table. */
export function headerRangeOf(row: number, cells: readonly HeaderCell[]): string {
  const first = cells[0]?.column ?? 1;
  const last = cells[cells.length - 1]?.column ?? first;
  return rangeAddress(row, first, row, last);
}
