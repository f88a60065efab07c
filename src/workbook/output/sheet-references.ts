/**
 * Which formulas refer to which sheets, from formula text: replacing a sheet turns formulas
 * that point at it into #REF!, and archiving it (a rename) makes them follow the archived copy,
 * so the add-in warns before either. Text inside string literals ("…") is not a reference;
 * INDIRECT and other references built from text cannot be seen in the text and are not found.
 */
import { address } from '../grid/cells';
import type { OutputSheet, WorkbookGrids } from '../grid/grid';

export interface SheetReference {
  /** The sheet and cell holding the formula. */
  readonly sheet: string;
  readonly cell: string;
  /** The sheet it refers to, as the caller named it. */
  readonly target: string;
}

const QUOTED = /^'((?:[^']|'')+)'!/;
const PLAIN = /^([\p{L}_][\p{L}\p{N}_.]*)!/u;
const NAME_CHAR = /[\p{L}\p{N}_.]/u;

/**
 * Walks a formula's sheet-qualified references (outside string literals): `rewrite` gets each
 * sheet name and the text that names it ("'My sheet'!" or "Sheet1!") and returns its text.
 */
function mapSheetPrefixes(formula: string, rewrite: (name: string, text: string) => string): string {
  let out = '';
  let position = 0;
  while (position < formula.length) {
    const rest = formula.slice(position);
    if (rest.startsWith('"')) {
      const text = /^"(?:[^"]|"")*"?/.exec(rest)?.[0] ?? '"';
      out += text;
      position += text.length;
      continue;
    }
    const boundary = position === 0 || !NAME_CHAR.test(formula[position - 1] ?? '');
    const quoted = boundary ? QUOTED.exec(rest) : null;
    const match = quoted ?? (boundary ? PLAIN.exec(rest) : null);
    if (match) {
      const name = quoted ? (match[1] ?? '').replace(/''/g, "'") : (match[1] ?? '');
      // A reference to another workbook ('[Book.xlsx]Sheet'!A1) is not one of this workbook's sheets.
      out += name.startsWith('[') ? match[0] : rewrite(name, match[0]);
      position += match[0].length;
      continue;
    }
    out += formula[position] ?? '';
    position += 1;
  }
  return out;
}

/** The sheet names a formula's references are qualified with, in order of appearance. */
export function referencedSheets(formula: string): string[] {
  const names: string[] = [];
  mapSheetPrefixes(formula, (name, text) => {
    names.push(name);
    return text;
  });
  return names;
}

/** A sheet name as a formula qualifies a reference with it: quoted unless one plain word. */
export function sheetPrefix(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? `${name}!`
    : `'${name.replace(/'/g, "''")}'!`;
}

/** The formula with its references to sheets named in `renames` (any case) under the new names. */
export function renameSheetReferences(formula: string, renames: ReadonlyMap<string, string>): string {
  const byKey = new Map([...renames].map(([from, to]) => [from.toUpperCase(), to]));
  return mapSheetPrefixes(formula, (name, text) => {
    const to = byKey.get(name.toUpperCase());
    return to === undefined ? text : sheetPrefix(to);
  });
}

/**
 * An output sheet whose formulas refer to `renames`' sheets under their new names: the add-in
 * writes new sheets under temporary names, and a formula binds to the sheet its name finds
 * when written (then follows that sheet through renames), so sibling references must name the
 * temporary sheets, never the existing sheets about to be archived.
 */
export function withRenamedReferences(sheet: OutputSheet, renames: ReadonlyMap<string, string>): OutputSheet {
  if (renames.size === 0) return sheet;
  const rows = sheet.rows.map((row) =>
    row.map((cell) =>
      cell.formula === undefined ? cell : { ...cell, formula: renameSheetReferences(cell.formula, renames) },
    ),
  );
  return { ...sheet, rows };
}

/**
 * Every formula cell outside `targets` that refers to one of `targets` (sheet names compare
 * without regard to case, as Excel's do), sheet by sheet, row by row.
 */
export function referencesTo(grids: WorkbookGrids, targets: readonly string[]): SheetReference[] {
  const byKey = new Map(targets.map((target) => [target.toUpperCase(), target]));
  const found: SheetReference[] = [];
  for (const grid of grids.sheets) {
    if (byKey.has(grid.name.toUpperCase())) continue;
    grid.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.formula === undefined) return;
        const hit = referencedSheets(cell.formula).find((name) => byKey.has(name.toUpperCase()));
        const target = hit === undefined ? undefined : byKey.get(hit.toUpperCase());
        if (target !== undefined)
          found.push({ sheet: grid.name, cell: address(grid.top + r, grid.left + c), target });
      }),
    );
  }
  return found;
}
