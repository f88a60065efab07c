/**
 * An in-memory workbook that behaves like Excel where the adapter depends on it: text written
 * through `values` is parsed as if typed (a leading "=" makes a formula, "1,234" a number, a
 * leading apostrophe keeps text), null entries leave cells unchanged, sheet names are unique
 * without regard to case, formulas are evaluated (formula.ts). Shared by the office-addin-mock
 * tests and the e2e host that stands in for Office.js in the browser.
 */
import { address, parseAddress } from '../../../../src/workbook/grid/cells';
import type { WorkbookGrids } from '../../../../src/workbook/grid/grid';
import { evaluateFormula, isWellFormed, retargetSheet, type FormulaValue } from './formula';

export type Scalar = string | number | boolean;

export interface FakeCell {
  /** '' for an empty cell. */
  value: Scalar;
  /** With its leading "=", or null for a constant. */
  formula: string | null;
  numberFormat: string;
  /** Text entered with a leading apostrophe. */
  quotePrefix: boolean;
}

export interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface FakeTable {
  name: string;
  readonly address: string;
  style: string;
}

/** A thrown Excel error, with the code and debug info Office.js would report. */
export class FakeExcelError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message };
  }
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly merges: string[] = [];
  readonly tables: FakeTable[] = [];
  readonly validations: { address: string; rule?: unknown; errorAlert?: unknown }[] = [];
  /** Formatting set on ranges, in order: address, property path ("font.bold"), value. */
  readonly formats: { address: string; property: string; value: unknown }[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  frozenRows = 0;
  readonly pageLayout: Record<string, unknown> = {};
  /** Cells at whose row a manual page break starts a new page (horizontalPageBreaks.add). */
  readonly pageBreaks: string[] = [];
  /** As Office.js reports `worksheet.visibility`. */
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  /** 1-based rows and columns hidden (set by tests; the adapter only reads them). */
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  cell(row: number, column: number): FakeCell | undefined {
    return this.cells.get(`${row},${column}`);
  }

  /** `Range.rowHidden` / `columnHidden` of a box: true when all are hidden, false when none, else null. */
  hiddenFlags(box: Box): { rowHidden: boolean | null; columnHidden: boolean | null } {
    const flag = (hidden: ReadonlySet<number>, first: number, last: number): boolean | null => {
      let count = 0;
      for (let line = first; line <= last; line += 1) if (hidden.has(line)) count += 1;
      return count === 0 ? false : count === last - first + 1 ? true : null;
    };
    return {
      rowHidden: flag(this.hiddenRows, box.top, box.bottom),
      columnHidden: flag(this.hiddenColumns, box.left, box.right),
    };
  }

  /** The last value set for a formatting property on a range that covers the cell. */
  formatOf(a1: string, property: string): unknown {
    const { row, column } = parseAddress(a1);
    let found: unknown;
    for (const entry of this.formats) {
      const box = parseBox(entry.address);
      if (
        entry.property === property &&
        row >= box.top &&
        row <= box.bottom &&
        column >= box.left &&
        column <= box.right
      ) {
        found = entry.value;
      }
    }
    return found;
  }
}

const FORBIDDEN_NAME = /[\\/?*[\]:]/;

/** "A1:C3", "B2", "C:C" or "$A$1" as a box of 1-based rows and columns. */
export function parseBox(a1: string): Box {
  const [first = '', second] = a1.replace(/\$/g, '').split(':');
  const whole = /^([A-Z]+)$/i;
  if (whole.test(first)) {
    const left = parseAddress(`${first}1`).column;
    const right = parseAddress(`${second ?? first}1`).column;
    return { top: 1, left, bottom: 1_048_576, right };
  }
  const start = parseAddress(first);
  const end = second ? parseAddress(second) : start;
  return { top: start.row, left: start.column, bottom: end.row, right: end.column };
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  activeSheetId: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  /** Workbook-scoped defined names (Name Manager); table names must differ from them. */
  readonly definedNames: string[] = [];
  /** `workbook.settings`: saved with the document. */
  readonly settings = new Map<string, unknown>();
  /**
   * office-js #1860: Excel does not apply `zoom.horizontalFitToPages` unless the Page Layout tab
   * is active; false models a user on the Home tab.
   */
  pageLayoutTabActive = false;
  /** False models a host that does not keep an explicit `zoom.scale` either. */
  keepsZoomScale = true;
  private nextId = 1;

  newSheetId(): string {
    const id = `{sheet-${this.nextId}}`;
    this.nextId += 1;
    return id;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toUpperCase() === name.toUpperCase());
  }

  sheetById(id: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** As `worksheets.getItem(key)`: a sheet's name or its id. */
  sheetByKey(key: string): FakeSheet | undefined {
    return this.sheetById(key) ?? this.sheet(key);
  }

  requireSheet(name: string): FakeSheet {
    const sheet = this.sheet(name);
    if (!sheet)
      throw new FakeExcelError('ItemNotFound', `The requested resource doesn't exist: sheet ${name}`);
    return sheet;
  }

  addSheet(name: string, id: string = this.newSheetId()): FakeSheet {
    this.checkName(name, null);
    const sheet = new FakeSheet(id, name);
    this.sheets.push(sheet);
    this.activeSheetId ??= sheet.id;
    return sheet;
  }

  /** Renames a sheet; formulas that refer to it follow it, as in Excel. */
  rename(sheet: FakeSheet, name: string): void {
    this.checkName(name, sheet);
    const from = sheet.name;
    sheet.name = name;
    this.retargetFormulas(from, name);
  }

  /** Deletes a sheet; formulas elsewhere that referred to it become #REF!, as in Excel. */
  deleteSheet(sheet: FakeSheet): void {
    if (this.sheets.length <= 1)
      throw new FakeExcelError('InvalidOperation', 'A workbook must keep one sheet');
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[0]?.id ?? null;
    this.retargetFormulas(sheet.name, null);
  }

  private retargetFormulas(from: string, to: string | null): void {
    // Only formulas that mention the name can refer to it (an apostrophe is doubled in quotes).
    const mentions = [from.toUpperCase(), from.replace(/'/g, "''").toUpperCase()];
    for (const sheet of this.sheets) {
      for (const cell of sheet.cells.values()) {
        if (cell.formula === null) continue;
        const upper = cell.formula.toUpperCase();
        if (!mentions.some((mention) => upper.includes(mention))) continue;
        cell.formula = `=${retargetSheet(cell.formula.slice(1), from, to)}`;
      }
    }
  }

  private checkName(name: string, self: FakeSheet | null): void {
    if (name.length === 0 || name.length > 31 || FORBIDDEN_NAME.test(name) || /^'|'$/.test(name)) {
      throw new FakeExcelError('InvalidArgument', `Invalid sheet name: ${name}`);
    }
    const other = this.sheet(name);
    if (other && other !== self)
      throw new FakeExcelError('ItemAlreadyExists', `A sheet named ${name} exists`);
  }

  allTables(): FakeTable[] {
    return this.sheets.flatMap((s) => s.tables);
  }

  addTable(sheet: FakeSheet, a1: string): FakeTable {
    const table: FakeTable = { name: this.uniqueTableName(), address: a1, style: 'TableStyleMedium2' };
    sheet.tables.push(table);
    return table;
  }

  renameTable(table: FakeTable, name: string): void {
    const key = name.toUpperCase();
    if (
      this.allTables().some((t) => t !== table && t.name.toUpperCase() === key) ||
      this.definedNames.some((defined) => defined.toUpperCase() === key) ||
      /\s/.test(name)
    ) {
      throw new FakeExcelError('InvalidArgument', `Table name ${name} is taken or invalid`);
    }
    table.name = name;
  }

  private uniqueTableName(): string {
    for (let n = 1; ; n += 1) {
      const name = `Table${n}`;
      if (!this.allTables().some((t) => t.name === name)) return name;
    }
  }

  /** Writes `range.values`: entries parsed as if typed; null leaves the cell unchanged. */
  writeValues(sheet: FakeSheet, a1: string, matrix: unknown): void {
    this.eachEntry(sheet, a1, matrix, (row, column, entry) => this.enter(sheet, row, column, entry));
  }

  /** Writes `range.formulas`: "=…" is a formula, anything else is entered like a value. */
  writeFormulas(sheet: FakeSheet, a1: string, matrix: unknown): void {
    this.eachEntry(sheet, a1, matrix, (row, column, entry) => this.enter(sheet, row, column, entry));
  }

  writeNumberFormats(sheet: FakeSheet, a1: string, matrix: unknown): void {
    this.eachEntry(sheet, a1, matrix, (row, column, entry) => {
      if (typeof entry !== 'string') throw new FakeExcelError('InvalidArgument', 'numberFormat must be text');
      const cell = this.cellFor(sheet, row, column);
      cell.numberFormat = entry === '' ? 'General' : entry;
    });
  }

  private eachEntry(
    sheet: FakeSheet,
    a1: string,
    matrix: unknown,
    apply: (row: number, column: number, entry: unknown) => void,
  ): void {
    const box = parseBox(a1);
    const rows = box.bottom - box.top + 1;
    const columns = box.right - box.left + 1;
    const isMatrix =
      Array.isArray(matrix) &&
      matrix.length === rows &&
      matrix.every((r) => Array.isArray(r) && r.length === columns);
    if (!isMatrix) {
      // Office.js accepts a single value for a whole range; a 2-D array must match its shape.
      if (Array.isArray(matrix)) {
        throw new FakeExcelError(
          'InvalidArgument',
          `The array does not match the size of ${sheet.name}!${a1}`,
        );
      }
      for (let r = 0; r < rows; r += 1)
        for (let c = 0; c < columns; c += 1) apply(box.top + r, box.left + c, matrix);
      return;
    }
    (matrix as unknown[][]).forEach((entries, r) =>
      entries.forEach((entry, c) => {
        if (entry !== null) apply(box.top + r, box.left + c, entry);
      }),
    );
  }

  private cellFor(sheet: FakeSheet, row: number, column: number): FakeCell {
    const key = `${row},${column}`;
    let cell = sheet.cells.get(key);
    if (!cell) {
      cell = { value: '', formula: null, numberFormat: 'General', quotePrefix: false };
      sheet.cells.set(key, cell);
    }
    return cell;
  }

  /** Excel's reading of an entry typed into a cell. */
  private enter(sheet: FakeSheet, row: number, column: number, entry: unknown): void {
    const cell = this.cellFor(sheet, row, column);
    cell.formula = null;
    cell.quotePrefix = false;
    if (typeof entry === 'number' || typeof entry === 'boolean') {
      if (typeof entry === 'number' && !Number.isFinite(entry))
        throw new FakeExcelError('InvalidArgument', 'NaN');
      cell.value = entry;
      return;
    }
    if (typeof entry !== 'string')
      throw new FakeExcelError('InvalidArgument', `Cannot write ${String(entry)}`);
    if (cell.numberFormat === '@') {
      // A Text cell keeps what it receives as it is: a leading apostrophe stays visible, and a
      // formula (even through range.formulas) is text that is never calculated.
      cell.value = entry;
      return;
    }
    if (entry.startsWith("'")) {
      cell.value = entry.slice(1);
      cell.quotePrefix = true;
      return;
    }
    if (/^=./.test(entry) || /^[+@]./.test(entry) || /^-[^\d.]/.test(entry)) {
      const formula = entry.startsWith('=') ? entry : `=${entry}`;
      // Excel refuses a formula it cannot parse: the whole request fails at sync.
      if (!isWellFormed(formula.slice(1)))
        throw new FakeExcelError('InvalidArgument', `The formula ${formula} is not valid`);
      cell.formula = formula;
      cell.value = '';
      return;
    }
    const parsed = parseTyped(entry);
    if (parsed.numberFormat && cell.numberFormat === 'General') cell.numberFormat = parsed.numberFormat;
    cell.value = parsed.value;
  }

  /** The used range: every cell with a value or formula (valuesOnly), 0-based like Office.js. */
  usedRange(
    sheet: FakeSheet,
  ): { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number } | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    for (const [key, cell] of sheet.cells) {
      if (cell.value === '' && cell.formula === null) continue;
      const [row = 0, column = 0] = key.split(',').map(Number);
      top = Math.min(top, row);
      left = Math.min(left, column);
      bottom = Math.max(bottom, row);
      right = Math.max(right, column);
    }
    if (bottom === 0) return null;
    return {
      rowIndex: top - 1,
      columnIndex: left - 1,
      rowCount: bottom - top + 1,
      columnCount: right - left + 1,
    };
  }

  /** What `range.load('values,numberFormat,formulas')` returns for a box. */
  readBox(
    sheet: FakeSheet,
    box: Box,
  ): { values: Scalar[][]; numberFormat: string[][]; formulas: Scalar[][] } {
    const values: Scalar[][] = [];
    const numberFormat: string[][] = [];
    const formulas: Scalar[][] = [];
    for (let row = box.top; row <= box.bottom; row += 1) {
      const v: Scalar[] = [];
      const n: string[] = [];
      const f: Scalar[] = [];
      for (let column = box.left; column <= box.right; column += 1) {
        const cell = sheet.cell(row, column);
        v.push(this.valueOf(sheet, row, column));
        n.push(cell?.numberFormat ?? 'General');
        f.push(cell?.formula ?? cell?.value ?? '');
      }
      values.push(v);
      numberFormat.push(n);
      formulas.push(f);
    }
    return { values, numberFormat, formulas };
  }

  /** A cell's value as Excel shows it: formulas evaluated, errors as "#DIV/0!" and the like. */
  valueOf(sheet: FakeSheet, row: number, column: number, visiting: Set<string> = new Set()): Scalar {
    const result = this.evaluateCell(sheet, row, column, visiting);
    return typeof result === 'object' ? result.error : result;
  }

  private evaluateCell(sheet: FakeSheet, row: number, column: number, visiting: Set<string>): FormulaValue {
    const cell = sheet.cell(row, column);
    if (!cell) return '';
    if (cell.formula === null) return cell.value;
    const key = `${sheet.id}!${row},${column}`;
    if (visiting.has(key)) return { error: '#REF!' };
    visiting.add(key);
    try {
      return evaluateFormula(cell.formula.slice(1), {
        cell: (sheetName, r, c) => {
          const target = sheetName === null ? sheet : this.sheet(sheetName);
          if (!target) return { error: '#REF!' };
          return this.evaluateCell(target, r, c, visiting);
        },
      });
    } finally {
      visiting.delete(key);
    }
  }

  /** A workbook holding the given grids (as the exceljs adapter read them from a file). */
  static fromGrids(grids: WorkbookGrids): FakeWorkbook {
    const workbook = new FakeWorkbook();
    for (const grid of grids.sheets) {
      const sheet = workbook.addSheet(grid.name);
      grid.cells.forEach((row, r) =>
        row.forEach((input, c) => {
          const cell: FakeCell = {
            value: '',
            formula: input.formula === undefined ? null : `=${input.formula}`,
            numberFormat: input.numberFormat ?? 'General',
            quotePrefix: false,
          };
          const value = input.value;
          if (value instanceof Date) cell.value = dateSerial(value);
          else if (value !== null && typeof value === 'object') cell.value = value.error;
          else if (value !== null) cell.value = value;
          if (cell.value !== '' || cell.formula !== null || cell.numberFormat !== 'General') {
            sheet.cells.set(`${grid.top + r},${grid.left + c}`, cell);
          }
        }),
      );
    }
    return workbook;
  }

  /** An independent copy (tests that need the same starting workbook many times). */
  clone(): FakeWorkbook {
    const copy = new FakeWorkbook();
    for (const sheet of this.sheets) {
      const twin = new FakeSheet(sheet.id, sheet.name);
      Object.assign(twin, structuredClone({ ...sheet }));
      copy.sheets.push(twin);
    }
    copy.activeSheetId = this.activeSheetId;
    copy.selection = this.selection;
    copy.definedNames.push(...this.definedNames);
    for (const [key, value] of this.settings) copy.settings.set(key, structuredClone(value));
    copy.pageLayoutTabActive = this.pageLayoutTabActive;
    copy.keepsZoomScale = this.keepsZoomScale;
    copy.nextId = this.nextId;
    return copy;
  }

  /** Everything observable about the workbook, for "nothing changed" comparisons. */
  snapshot(): unknown {
    return {
      sheets: this.sheets.map((s) => ({
        id: s.id,
        name: s.name,
        cells: [...s.cells.entries()].sort(([a], [b]) => a.localeCompare(b)),
        merges: [...s.merges],
        tables: s.tables.map((t) => ({ ...t })),
        validations: s.validations.length,
        formats: s.formats.length,
        frozenRows: s.frozenRows,
        pageLayout: { ...s.pageLayout },
      })),
      tables: this.allTables().map((t) => t.name),
    };
  }

  /** "Sheet!A1" text of a cell as a reader would see it. */
  a1(sheet: FakeSheet, row: number, column: number): string {
    return `${sheet.name}!${address(row, column)}`;
  }
}

/** Days since 1899-12-30, Excel's serial for a date (UTC). */
export function dateSerial(date: Date): number {
  return Math.round(date.getTime() / 86_400_000) + 25_569;
}

/** How Excel reads typed text: numbers with separators, percentages, booleans, ISO dates. */
function parseTyped(text: string): { value: Scalar; numberFormat?: string } {
  const trimmed = text.trim();
  const number = /^([+-]?)((\d{1,3}(,\d{3})+|\d+)(\.\d+)?|\.\d+)(e[+-]?\d+)?(%?)$/i.exec(trimmed);
  if (number) {
    const value = Number(trimmed.replace(/[,%]/g, ''));
    return number[7] ? { value: value / 100, numberFormat: '0%' } : { value };
  }
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toUpperCase() === 'TRUE' };
  const date = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(trimmed);
  if (date) {
    const [, y, m, d] = date;
    const serial = dateSerial(new Date(Date.UTC(Number(y), Number(m) - 1, Number(d ?? 1))));
    return { value: serial, numberFormat: d ? 'yyyy-mm-dd' : 'mmm-yy' };
  }
  return { value: text };
}
