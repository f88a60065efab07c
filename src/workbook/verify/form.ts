import { address, columnLetters } from '../grid/cells';
import type { InputCell, OutputCell, OutputSheet, SheetGrid } from '../grid/grid';
import { DATE_FORMAT } from '../output/formats';
import { cellDate, cellText, isEmptyCell } from '../input/grid-reading';
import { alignRows, longestIncreasing, type AlignedRow, type RowTokens } from './align';
import { EMPTY_SHOWN } from './cell';
import { formatProblem, formulaProblem, typeProblem, valueProblem, type CellProblem } from './form-cell';
import type { ValueCheck, VerifyDifference } from './table-values';

/**
 * The rest of what a signer relies on, beyond the values of the data rows (verify.ts): the sheet
 * is held row by row and cell by cell to the sheet the tool writes for the recomputation — title
 * block, header, section titles, totals, signature block, every formula's text, every number
 * format, no row more or less, none hidden.
 */

const WHOLE_ROW = '(행)';
const HIDDEN_ROW = '(숨긴 행)';
const PREVIEW_LENGTH = 60;

/** A row of the written sheet lined up with a row of the tool's sheet (1-based worksheet rows). */
interface RowPair {
  readonly actual: number;
  readonly expected: number;
  /** Matched by key by the value check, which compares its values. */
  readonly byKey: boolean;
}

export function checkTableForm(
  table: SheetGrid,
  expected: OutputSheet,
  values: ValueCheck,
): VerifyDifference[] {
  const form = new FormCheck(table, expected, values);
  return form.run();
}

class FormCheck {
  private readonly differences: VerifyDifference[] = [];
  private readonly lastRow: number;
  /** The tool's header row (the rows it freezes end there). */
  private readonly headerRow: number;
  /** Expected row → the sheet's row paired with it. */
  private readonly rowOf = new Map<number, number>();

  constructor(
    private readonly table: SheetGrid,
    private readonly expected: OutputSheet,
    private readonly values: ValueCheck,
  ) {
    this.lastRow = table.cells.length === 0 ? 0 : table.top + table.cells.length - 1;
    this.headerRow = expected.frozenRows;
  }

  run(): VerifyDifference[] {
    const steps = this.alignment();
    for (const step of steps) {
      if (step.kind === 'pair') this.rowOf.set(step.pair.expected, step.pair.actual);
    }
    let previousActual = 0;
    let missing: number[] = [];
    const flushMissing = (): void => {
      if (missing.length > 0) this.missingRows(missing, previousActual + 1);
      missing = [];
    };
    for (const step of steps) {
      switch (step.kind) {
        case 'pair':
          flushMissing();
          this.compareRow(step.pair);
          previousActual = step.pair.actual;
          break;
        case 'extra':
          flushMissing();
          // An empty row shows nothing: it is no content the tool did not write.
          if (this.actualTokens(step.row).some((token) => token !== '')) this.extraRow(step.row);
          previousActual = step.row;
          break;
        case 'missing':
          // Nor is an empty row of the tool's (spacing) content the sheet lacks.
          if (this.expectedTokens(step.row).some((token) => token !== '')) missing.push(step.row);
          break;
      }
    }
    flushMissing();
    this.hiddenLines();
    return this.differences;
  }

  /**
   * Rows matched by key (data rows, in the order the tool writes them) anchor the alignment;
   * the other rows are lined up between them. Rows the value check reported whole are its own.
   */
  private alignment(): Step[] {
    const serialRow = new Map<number, number>();
    this.expected.rows.forEach((cells, index) => {
      const first = cells[0];
      if (typeof first?.value === 'number' && first.style === 'body') serialRow.set(first.value, index + 1);
    });
    const byKey: RowPair[] = [];
    for (const [index, serial] of this.values.matched) {
      const expectedRow = serialRow.get(serial);
      if (expectedRow !== undefined)
        byKey.push({ actual: this.table.top + index, expected: expectedRow, byKey: true });
    }
    byKey.sort((a, b) => a.expected - b.expected);
    // Sorted by expected row, the longest run also in order in the sheet anchors; the rest are out of place.
    const anchors = longestIncreasing(byKey, (pair) => pair.actual);
    const anchored = new Set(anchors);
    const skipActual = new Set([...this.values.reportedRows].map((index) => this.table.top + index));
    const skipExpected = new Set(
      [...this.values.missingSerials].flatMap((serial) => serialRow.get(serial) ?? []),
    );
    for (const pair of byKey) {
      if (!anchored.has(pair)) {
        skipActual.add(pair.actual);
        skipExpected.add(pair.expected);
        this.outOfOrder(pair.actual);
      }
    }
    const steps: Step[] = [];
    let actual = 1;
    let expected = 1;
    for (const anchor of [
      ...anchors,
      { actual: this.lastRow + 1, expected: this.expected.rows.length + 1 },
    ]) {
      const actualRows = range(actual, anchor.actual).filter((row) => !skipActual.has(row));
      const expectedRows = range(expected, anchor.expected).filter((row) => !skipExpected.has(row));
      steps.push(...this.alignGap(actualRows, expectedRows));
      if ('byKey' in anchor) steps.push({ kind: 'pair', pair: anchor });
      actual = anchor.actual + 1;
      expected = anchor.expected + 1;
    }
    return steps;
  }

  private alignGap(actualRows: readonly number[], expectedRows: readonly number[]): Step[] {
    const aligned = alignRows(
      actualRows.map((row) => this.actualTokens(row)),
      expectedRows.map((row) => this.expectedTokens(row)),
    );
    return aligned.map((step: AlignedRow): Step => {
      const actual = step.actual === null ? undefined : actualRows[step.actual];
      const expected = step.expected === null ? undefined : expectedRows[step.expected];
      if (actual !== undefined && expected !== undefined) {
        return { kind: 'pair', pair: { actual, expected, byKey: false } };
      }
      return actual !== undefined ? { kind: 'extra', row: actual } : { kind: 'missing', row: expected ?? 0 };
    });
  }

  private compareRow(pair: RowPair): void {
    const dataColumns = this.expected.rows[this.headerRow - 1]?.length ?? 0;
    const width = Math.max(this.expectedWidth(pair.expected), this.actualWidth(pair.actual));
    for (let column = 1; column <= width; column += 1) {
      const want = this.expectedCell(pair.expected, column);
      const have = this.actualCell(pair.actual, column);
      const formula = want?.formula === undefined ? undefined : this.moveRows(want.formula, pair);
      // The value check compares the values of rows it matched, 연번 aside.
      const valuesCompared = pair.byKey && column > 1 && column <= dataColumns;
      const value = valuesCompared ? null : valueProblem(want, have);
      const problems = [
        formulaProblem(want, formula, have),
        value,
        value === null ? typeProblem(want, have) : null,
        formatProblem(want, have),
      ].filter((problem): problem is CellProblem => problem !== null);
      if (problems.length > 0) {
        this.add(address(pair.actual, column), this.label(pair.expected, column), problems);
      }
    }
  }

  /** The tool's formula with its row references moved to where the sheet holds those rows. */
  private moveRows(formula: string, pair: RowPair): string {
    const shift = pair.actual - pair.expected;
    return formula.replace(
      /(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g,
      (_match, columnMark: string, letters: string, rowMark: string, digits: string) => {
        const row = Number(digits);
        return `${columnMark}${letters}${rowMark}${this.rowOf.get(row) ?? row + shift}`;
      },
    );
  }

  private extraRow(row: number): void {
    const tokens = this.actualTokens(row);
    const first = tokens.findIndex((token) => token !== '');
    const preview = this.preview(this.actualWidth(row), (column) => this.actualCell(row, column));
    this.differences.push({
      sheet: this.table.name,
      cell: address(row, first < 0 ? 1 : first + 1),
      column: WHOLE_ROW,
      expected: EMPTY_SHOWN,
      actual: preview,
      text: { ko: `도구가 쓰지 않는 행입니다: ${preview}`, en: `The tool writes no such row: ${preview}` },
    });
  }

  /** Rows the tool writes that the sheet lacks, in a run where they would stand (from row `at`). */
  private missingRows(expectedRows: readonly number[], at: number): void {
    const first = expectedRows[0] ?? 0;
    const preview = this.preview(this.expectedWidth(first), (column) =>
      asRead(this.expectedCell(first, column)),
    );
    const many = expectedRows.length > 1;
    this.differences.push({
      sheet: this.table.name,
      cell: address(Math.max(1, at), 1),
      column: WHOLE_ROW,
      expected: preview,
      actual: EMPTY_SHOWN,
      text: {
        ko: many
          ? `도구가 쓰는 행 ${expectedRows.length}개가 표에 없습니다. 첫 행: ${preview}`
          : `도구가 쓰는 행이 표에 없습니다: ${preview}`,
        en: many
          ? `The table lacks ${expectedRows.length} rows the tool writes. The first: ${preview}`
          : `The table lacks a row the tool writes: ${preview}`,
      },
    });
  }

  private outOfOrder(row: number): void {
    const preview = this.preview(this.actualWidth(row), (column) => this.actualCell(row, column));
    this.differences.push({
      sheet: this.table.name,
      cell: address(row, 1),
      column: WHOLE_ROW,
      expected: EMPTY_SHOWN,
      actual: preview,
      text: {
        ko: `이 행은 도구가 쓰는 순서에서 벗어나 있습니다: ${preview}`,
        en: `This row is out of the order the tool writes: ${preview}`,
      },
    });
  }

  /** The tool hides no row and no column: whatever is hidden is not what it wrote. */
  private hiddenLines(): void {
    for (const row of this.table.hiddenRows ?? []) {
      this.differences.push({
        sheet: this.table.name,
        cell: address(row, 1),
        column: HIDDEN_ROW,
        expected: '표시',
        actual: '숨김',
        text: {
          ko: `${row}행이 숨겨져 있어 화면과 인쇄에 보이지 않습니다. 도구는 행을 숨기지 않습니다.`,
          en: `Row ${row} is hidden, so it is neither shown nor printed; the tool hides no row.`,
        },
      });
    }
    const headerAt = this.rowOf.get(this.headerRow) ?? this.headerRow;
    for (const column of this.table.hiddenColumns ?? []) {
      const letters = columnLetters(column);
      const header = cellText(asRead(this.expectedCell(this.headerRow, column)));
      this.differences.push({
        sheet: this.table.name,
        cell: address(Math.max(1, headerAt), column),
        column: header === '' ? `(${letters}열)` : header,
        expected: '표시',
        actual: '숨김',
        text: {
          ko: `${letters}열이 숨겨져 있어 화면과 인쇄에 보이지 않습니다. 도구는 열을 숨기지 않습니다.`,
          en: `Column ${letters} is hidden, so it is neither shown nor printed; the tool hides no column.`,
        },
      });
    }
  }

  private add(cell: string, column: string, problems: readonly CellProblem[]): void {
    const first = problems[0];
    if (!first) return;
    this.differences.push({
      sheet: this.table.name,
      cell,
      column,
      expected: first.expected,
      actual: first.actual,
      text: {
        ko: `${column}: ${problems.map((problem) => problem.text.ko).join(' ')}`,
        en: `${column}: ${problems.map((problem) => problem.text.en).join(' ')}`,
      },
    });
  }

  /**
   * How a difference names the cell: the column's header in the table's rows, else the part of
   * the sheet (the title block by its label).
   */
  private label(expectedRow: number, column: number): string {
    const header = this.headerRow;
    const rowCells = this.expected.rows[expectedRow - 1] ?? [];
    const style = rowCells.find((cell) => cell.style !== undefined)?.style;
    if (expectedRow === 1) return '(제목)';
    if (expectedRow < header - 1) return cellText(asRead(rowCells[0])) || '(제목)';
    if (expectedRow === header - 1 || expectedRow === header) return '(머리글)';
    if (style === 'body' || style === 'total') {
      return cellText(asRead(this.expectedCell(header, column))) || `(${columnLetters(column)}열)`;
    }
    switch (style) {
      case 'label':
        return '(약정 제목)';
      case 'signature':
        return '(서명란)';
      case 'note':
        return '(안내)';
      default:
        return '(빈 행)';
    }
  }

  private preview(width: number, cellAt: (column: number) => InputCell | undefined): string {
    const texts: string[] = [];
    for (let column = 1; column <= width; column += 1) {
      const text = shownText(cellAt(column));
      if (text !== '') texts.push(text);
    }
    const joined = texts.join(' | ');
    return joined.length > PREVIEW_LENGTH ? `${joined.slice(0, PREVIEW_LENGTH)}…` : joined;
  }

  private actualCell(row: number, column: number): InputCell | undefined {
    return this.table.cells[row - this.table.top]?.[column - this.table.left];
  }

  private expectedCell(row: number, column: number): OutputCell | undefined {
    return this.expected.rows[row - 1]?.[column - 1];
  }

  /** The sheet's row up to its last cell that holds something (a far-off cell costs that row only). */
  private actualWidth(row: number): number {
    const cells = this.table.cells[row - this.table.top] ?? [];
    for (let index = cells.length - 1; index >= 0; index -= 1) {
      if (!isEmptyCell(cells[index]) || cells[index]?.formula !== undefined) return this.table.left + index;
    }
    return 0;
  }

  private expectedWidth(row: number): number {
    return this.expected.rows[row - 1]?.length ?? 0;
  }

  private actualTokens(row: number): RowTokens {
    return tokens(this.actualWidth(row), (column) => this.actualCell(row, column));
  }

  private expectedTokens(row: number): RowTokens {
    return tokens(this.expectedWidth(row), (column) => asRead(this.expectedCell(row, column)));
  }
}

/**
 * Text cells by their text, other values (and formulas, even of an empty result) by their
 * presence: a changed number keeps its row.
 */
function tokens(width: number, cellAt: (column: number) => InputCell | undefined): RowTokens {
  const tokens: string[] = [];
  for (let column = 1; column <= width; column += 1) {
    const cell = cellAt(column);
    const value = cell?.value ?? null;
    if (isEmptyCell(cell) && cell?.formula === undefined) tokens.push('');
    else tokens.push(typeof value === 'string' && value.trim() !== '' ? `t:${value.trim()}` : '#');
  }
  return tokens;
}

type Step =
  | { readonly kind: 'pair'; readonly pair: RowPair }
  | { readonly kind: 'extra'; readonly row: number }
  | { readonly kind: 'missing'; readonly row: number };

/** The tool's cell as a reader hands it back: a formula's cached result is its value. */
function asRead(cell: OutputCell | undefined): InputCell | undefined {
  if (cell === undefined) return undefined;
  const value = cell.formula === undefined ? cell.value : cell.result;
  return cell.numberFormat === undefined
    ? { value: value ?? null }
    : { value: value ?? null, numberFormat: cell.numberFormat };
}

/** A cell as a preview shows it: dates as dates. */
function shownText(cell: InputCell | undefined): string {
  if (typeof cell?.value === 'number' && cell.numberFormat === DATE_FORMAT)
    return cellDate(cell) ?? cellText(cell);
  return cellText(cell);
}

function range(from: number, to: number): number[] {
  const rows: number[] = [];
  for (let row = from; row < to; row += 1) rows.push(row);
  return rows;
}
