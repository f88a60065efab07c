import JSZip from 'jszip';

/**
 * Bounds, before exceljs reads a file, the parts that exceljs expands into one object per cell
 * of a range — a 16 KB file could otherwise take gigabytes and minutes:
 *
 * - data validations: exceljs keeps one entry per cell of every `sqref` range, so a list on
 *   whole columns (`C1:C1048576`) is a million entries per column, and on the whole sheet
 *   (`A1:XFD1048576`) 17 billion;
 * - merged cells: exceljs creates every cell of a merge;
 * - defined names: exceljs creates every cell of a named range (print areas and print titles
 *   excepted, which it keeps as text);
 * - `<col min max>`: exceljs creates one column object per index up to `max`;
 * - rows and cells past Excel's last row or column: exceljs's row and cell arrays would run to
 *   that index, and walking them takes minutes. Excel cannot hold them, so such a file is refused.
 *
 * Conditional formats, hyperlinks, tables, filters and shared formulas keep their ranges as text
 * in exceljs and are left alone. The rules are structural — one scan of each part, no
 * backtracking pattern — and leave every ordinary file byte for byte as it was.
 */

/** Excel's last row and column (XFD). */
export const EXCEL_MAX_ROW = 1_048_576;
export const EXCEL_MAX_COLUMN = 16_384;
/**
 * Cells that the data validations of one sheet, its merges, or the defined names of the
 * workbook may cover (about a second and 50 MB in exceljs). The template's drop-down lists and
 * any title merge are far below it.
 */
export const RANGE_CELL_BUDGET = 200_000;
/** Rows kept under the last row with data when a validation is cut down: room for new rows. */
const ROWS_BELOW_DATA = 1_000;

/**
 * The file with its range-expanding parts bounded; the same bytes when nothing needed it.
 * Throws when a sheet holds rows or cells beyond Excel's limits.
 */
export async function withBoundedRanges(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  let changed = false;
  for (const [path, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    const bound = isWorksheetPart(path)
      ? boundWorksheetXml
      : path === WORKBOOK_PART
        ? boundWorkbookXml
        : null;
    if (!bound) continue;
    const xml = await entry.async('string');
    const bounded = bound(xml);
    if (bounded === xml) continue;
    zip.file(path, bounded);
    changed = true;
  }
  if (!changed) return bytes;
  // Only exceljs reads this copy: storing without compression is quicker.
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}

const WORKBOOK_PART = 'xl/workbook.xml';

function isWorksheetPart(path: string): boolean {
  return path.startsWith('xl/worksheets/') && path.endsWith('.xml') && !path.slice(14).includes('/');
}

/** A rectangle of cells, 1-based and inclusive. */
interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const area = (box: Box): number => (box.bottom - box.top + 1) * (box.right - box.left + 1);

/** One worksheet part: rows and cells checked against Excel's limits, ranges bounded. */
export function boundWorksheetXml(xml: string): string {
  const data = dataExtent(xml);
  const edits: Edit[] = [...columnEdits(xml), ...mergeEdits(xml, data), ...validationEdits(xml, data)];
  return applyEdits(xml, edits);
}

/** The workbook part: defined names over more cells than the budget are left out. */
export function boundWorkbookXml(xml: string): string {
  const edits: Edit[] = [];
  let budget = RANGE_CELL_BUDGET;
  for (const element of elements(xml, 'definedName')) {
    const name = attribute(element.tag.attrs, 'name') ?? '';
    // exceljs keeps print areas and print titles as text.
    if (name === '_xlnm.Print_Area' || name === '_xlnm.Print_Titles') continue;
    const text = xml.slice(element.tag.end, element.closeStart);
    const cells = namedCells(text);
    if (cells <= budget) {
      budget -= cells;
      continue;
    }
    edits.push({ start: element.start, end: element.end, text: '' });
  }
  return applyEdits(xml, edits);
}

// --- Cells and rows -------------------------------------------------------------------------

/** The last row and column of the cells that hold something (a value, a formula, inline text). */
function dataExtent(xml: string): Box | null {
  let extent: Box | null = null;
  for (const tag of tags(xml, 'row')) {
    const r = attribute(tag.attrs, 'r');
    if (r !== null) checkRow(Number(r), r);
  }
  for (const tag of tags(xml, 'c')) {
    const r = attribute(tag.attrs, 'r');
    if (r === null) continue;
    const cell = parseCell(r);
    if (cell === null || cell.row < 1 || cell.row > EXCEL_MAX_ROW || cell.column > EXCEL_MAX_COLUMN) {
      throw new Error(
        `셀 ${r}은(는) Excel의 마지막 셀(XFD${EXCEL_MAX_ROW})을 넘습니다 (cell ${r} is beyond Excel's last cell, XFD${EXCEL_MAX_ROW})`,
      );
    }
    if (tag.selfClosing) continue;
    extent =
      extent === null ? { top: 1, left: 1, bottom: cell.row, right: cell.column } : widen(extent, cell);
  }
  return extent;
}

function checkRow(row: number, text: string): void {
  if (Number.isInteger(row) && row >= 1 && row <= EXCEL_MAX_ROW) return;
  throw new Error(
    `행 ${text}은(는) Excel의 마지막 행(${EXCEL_MAX_ROW})을 넘습니다 (row ${text} is beyond Excel's last row, ${EXCEL_MAX_ROW})`,
  );
}

function widen(box: Box, cell: { readonly row: number; readonly column: number }): Box {
  return { ...box, bottom: Math.max(box.bottom, cell.row), right: Math.max(box.right, cell.column) };
}

/** `<col min max>` past column XFD: clamped (a format on "A:XFD" is common), or left out. */
function columnEdits(xml: string): Edit[] {
  const edits: Edit[] = [];
  for (const tag of tags(xml, 'col')) {
    const min = Number(attribute(tag.attrs, 'min'));
    const max = Number(attribute(tag.attrs, 'max'));
    if (Number.isInteger(min) && Number.isInteger(max) && min >= 1 && max <= EXCEL_MAX_COLUMN) continue;
    const text =
      Number.isInteger(min) && min >= 1 && min <= EXCEL_MAX_COLUMN
        ? xml.slice(tag.start, tag.end).replace(/\bmax="[^"]*"/, `max="${EXCEL_MAX_COLUMN}"`)
        : '';
    edits.push({ start: tag.start, end: tag.end, text });
  }
  return edits;
}

// --- Ranges ---------------------------------------------------------------------------------

/**
 * The box ranges are cut down to when a sheet's ranges cover more than the budget: the cells
 * with data and ROWS_BELOW_DATA rows under them.
 */
function clipBox(data: Box | null): Box {
  if (data === null) return { top: 1, left: 1, bottom: ROWS_BELOW_DATA, right: 1 };
  return {
    top: 1,
    left: 1,
    bottom: Math.min(EXCEL_MAX_ROW, data.bottom + ROWS_BELOW_DATA),
    right: data.right,
  };
}

const SHEET_BOX: Box = { top: 1, left: 1, bottom: EXCEL_MAX_ROW, right: EXCEL_MAX_COLUMN };

function intersect(a: Box, b: Box): Box | null {
  const box = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return box.top <= box.bottom && box.left <= box.right ? box : null;
}

/** Merges: within the budget as they are; else cut to the data, then left out past the budget. */
function mergeEdits(xml: string, data: Box | null): Edit[] {
  const merges = [...tags(xml, 'mergeCell')].map((tag) => ({
    tag,
    box: parseRange(attribute(tag.attrs, 'ref') ?? ''),
  }));
  const total = merges.reduce((sum, merge) => sum + (merge.box ? area(merge.box) : 0), 0);
  if (total <= RANGE_CELL_BUDGET) return [];
  const clip = clipBox(data);
  let budget = RANGE_CELL_BUDGET;
  return merges.map(({ tag, box }) => {
    const cut = box && intersect(box, clip);
    // A merge of one cell is no merge.
    if (!cut || area(cut) < 2 || area(cut) > budget) return { start: tag.start, end: tag.end, text: '' };
    budget -= area(cut);
    return { start: tag.start, end: tag.end, text: `<mergeCell ref="${rangeText(cut)}"/>` };
  });
}

/** Data validations: within the budget as they are; else cut to the data, then left out past the budget. */
function validationEdits(xml: string, data: Box | null): Edit[] {
  const validations = [...elements(xml, 'dataValidation')].map((element) => ({
    element,
    boxes: (attribute(element.tag.attrs, 'sqref') ?? '')
      .split(/\s+/)
      .filter((token) => token !== '')
      .map(parseRange),
  }));
  const total = validations.reduce(
    (sum, { boxes }) => sum + boxes.reduce((cells, box) => cells + (box ? area(box) : 0), 0),
    0,
  );
  if (total <= RANGE_CELL_BUDGET) return [];
  const clip = clipBox(data);
  let budget = RANGE_CELL_BUDGET;
  const edits: Edit[] = [];
  for (const { element, boxes } of validations) {
    const cut = boxes.map((box) => box && intersect(box, clip)).filter((box): box is Box => box !== null);
    const cells = cut.reduce((sum, box) => sum + area(box), 0);
    if (cut.length === 0 || cells > budget) {
      edits.push({ start: element.start, end: element.end, text: '' });
      continue;
    }
    budget -= cells;
    const sqref = cut.map(rangeText).join(' ');
    const tag = xml.slice(element.tag.start, element.tag.end).replace(/\bsqref="[^"]*"/, `sqref="${sqref}"`);
    edits.push({ start: element.tag.start, end: element.tag.end, text: tag });
  }
  return edits;
}

/** Cells named by a defined name's text ("Sheet1!$A$1:$C$9,Sheet1!$E$1"). */
function namedCells(text: string): number {
  let cells = 0;
  for (const match of text.matchAll(/\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?/g)) {
    const [, fromColumn = '', fromRow = '', toColumn, toRow] = match;
    const box = boxOf(
      { row: Number(fromRow), column: columnNumber(fromColumn) },
      toColumn !== undefined && toRow !== undefined
        ? { row: Number(toRow), column: columnNumber(toColumn) }
        : { row: Number(fromRow), column: columnNumber(fromColumn) },
    );
    cells += area(box);
  }
  return cells;
}

/** "A1", "$A$1:$C$9", "C:C" (whole columns), "3:5" (whole rows) → a box within the sheet. */
function parseRange(text: string): Box | null {
  const [from = '', to = from, extra] = text.split(':');
  if (extra !== undefined) return null;
  const a = parseEnd(from);
  const b = parseEnd(to);
  if (a === null || b === null) return null;
  const box = boxOf(
    { row: a.row ?? 1, column: a.column ?? 1 },
    { row: b.row ?? EXCEL_MAX_ROW, column: b.column ?? EXCEL_MAX_COLUMN },
  );
  return intersect(box, SHEET_BOX);
}

function boxOf(a: { row: number; column: number }, b: { row: number; column: number }): Box {
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

/** One end of a range: column letters and/or a row number, each optional but not both. */
function parseEnd(text: string): { row: number | null; column: number | null } | null {
  const match = /^\$?([A-Za-z]{0,3})\$?(\d{0,7})$/.exec(text);
  if (!match) return null;
  const [, letters = '', digits = ''] = match;
  if (letters === '' && digits === '') return null;
  return {
    row: digits === '' ? null : Number(digits),
    column: letters === '' ? null : columnNumber(letters),
  };
}

function parseCell(text: string): { row: number; column: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text);
  if (!match) return null;
  const [, letters = '', digits = ''] = match;
  return { row: Number(digits), column: columnNumber(letters) };
}

function columnNumber(letters: string): number {
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column;
}

function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

function rangeText(box: Box): string {
  return `${columnLetters(box.left)}${box.top}:${columnLetters(box.right)}${box.bottom}`;
}

// --- XML scanning ---------------------------------------------------------------------------

interface Tag {
  readonly start: number;
  /** Just after the tag's ">". */
  readonly end: number;
  readonly attrs: string;
  readonly selfClosing: boolean;
}

/** Start tags `<name …>` in document order: each character is looked at once or twice. */
function* tags(xml: string, name: string): Generator<Tag> {
  const open = `<${name}`;
  let from = 0;
  for (;;) {
    const start = xml.indexOf(open, from);
    if (start < 0) return;
    const close = tagClose(xml, start + open.length);
    if (close < 0) return;
    from = close + 1;
    const next = xml.charAt(start + open.length);
    // "<c" must not match "<cols" or "<cfRule".
    if (next !== '>' && next !== '/' && next.trim() !== '') continue;
    const selfClosing = xml.charAt(close - 1) === '/';
    yield {
      start,
      end: close + 1,
      attrs: xml.slice(start + open.length, selfClosing ? close - 1 : close),
      selfClosing,
    };
  }
}

/** The ">" that ends a tag: the first one outside a quoted attribute value ("a > b" may be in one). */
function tagClose(xml: string, from: number): number {
  let quote = '';
  for (let index = from; index < xml.length; index += 1) {
    const char = xml.charAt(index);
    if (quote !== '') {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return index;
    }
  }
  return -1;
}

interface Element {
  readonly tag: Tag;
  readonly start: number;
  /** Where the closing tag starts (the tag's end for a self-closing one). */
  readonly closeStart: number;
  /** Just after the closing tag. */
  readonly end: number;
}

/** Elements `<name …>…</name>` (not nested in one another), in document order. */
function* elements(xml: string, name: string): Generator<Element> {
  const closing = `</${name}>`;
  let resumeAt = 0;
  for (const tag of tags(xml, name)) {
    if (tag.start < resumeAt) continue;
    if (tag.selfClosing) {
      yield { tag, start: tag.start, closeStart: tag.end, end: tag.end };
      continue;
    }
    const closeStart = xml.indexOf(closing, tag.end);
    if (closeStart < 0) return;
    resumeAt = closeStart + closing.length;
    yield { tag, start: tag.start, closeStart, end: resumeAt };
  }
}

/** The value of an attribute in a tag's attribute text (entities left as they are). */
function attribute(attrs: string, name: string): string | null {
  let from = 0;
  for (;;) {
    const at = attrs.indexOf(`${name}="`, from);
    if (at < 0) return null;
    from = at + 1;
    // The whole attribute name: preceded by white space.
    if (at > 0 && attrs.charAt(at - 1).trim() !== '') continue;
    const valueStart = at + name.length + 2;
    const valueEnd = attrs.indexOf('"', valueStart);
    return valueEnd < 0 ? null : attrs.slice(valueStart, valueEnd);
  }
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function applyEdits(xml: string, edits: readonly Edit[]): string {
  if (edits.length === 0) return xml;
  const ordered = [...edits].sort((a, b) => a.start - b.start);
  let result = '';
  let from = 0;
  for (const edit of ordered) {
    result += xml.slice(from, edit.start) + edit.text;
    from = edit.end;
  }
  return result + xml.slice(from);
}
