import { rangeAddress } from '../../workbook/grid';
import type { CellEdit, SheetEdit } from '../../workbook/prices-import';
import { cellLiteral } from './cell-literal';

/** Cells side by side on one row: one range, one write. */
interface Run {
  readonly sheet: string;
  readonly create: boolean;
  readonly row: number;
  readonly column: number;
  readonly cells: readonly CellEdit[];
}

interface Prior {
  readonly range: Excel.Range;
  readonly run: Run;
}

/**
 * Writes an import plan into the open workbook whole or not at all: the edited cells' formulas
 * and number formats are read first, then everything is written in one request; should it fail,
 * the old cells are written back and the sheets it added are deleted. Text is written so that
 * Excel keeps it text (cellLiteral), never as a formula.
 */
export async function writeCellEdits(
  context: Excel.RequestContext,
  edits: readonly SheetEdit[],
): Promise<void> {
  const runs = edits.flatMap(runsOf);
  const priors: Prior[] = runs
    .filter((run) => !run.create)
    .map((run) => {
      const range = context.workbook.worksheets.getItem(run.sheet).getRange(addressOf(run));
      range.load('formulas,numberFormat');
      return { range, run };
    });
  await context.sync();
  const created = edits
    .filter((edit) => edit.create)
    .map((edit) => context.workbook.worksheets.add(edit.sheet));
  try {
    for (const run of runs)
      write(context.workbook.worksheets.getItem(run.sheet).getRange(addressOf(run)), run.cells);
    await context.sync();
  } catch (failure) {
    await restore(context, priors, created);
    throw failure;
  }
}

/** Number formats only where the plan gives one: Office.js skips null entries, so a price keeps its own. */
function write(range: Excel.Range, cells: readonly CellEdit[]): void {
  const literals = cells.map((edit) => cellLiteral(edit.cell));
  const formats = literals.map((literal) => literal.numberFormat);
  if (formats.some((format) => format !== null)) range.numberFormat = [formats] as string[][];
  range.values = [literals.map((literal) => literal.value ?? '')];
}

async function restore(
  context: Excel.RequestContext,
  priors: readonly Prior[],
  created: readonly Excel.Worksheet[],
): Promise<void> {
  try {
    for (const { range, run } of priors) {
      const again = context.workbook.worksheets.getItem(run.sheet).getRange(addressOf(run));
      again.numberFormat = range.numberFormat;
      again.formulas = range.formulas;
    }
    for (const worksheet of created) worksheet.delete();
    await context.sync();
  } catch {
    // The first failure is the one to report; the pane says the workbook needs a look.
  }
}

function runsOf(edit: SheetEdit): Run[] {
  const sorted = [...edit.cells].sort((a, b) => a.row - b.row || a.column - b.column);
  const runs: Run[] = [];
  let current: CellEdit[] = [];
  const flush = () => {
    const first = current[0];
    if (first)
      runs.push({
        sheet: edit.sheet,
        create: edit.create,
        row: first.row,
        column: first.column,
        cells: current,
      });
    current = [];
  };
  for (const cell of sorted) {
    const last = current[current.length - 1];
    if (last && (last.row !== cell.row || last.column + 1 !== cell.column)) flush();
    current.push(cell);
  }
  flush();
  return runs;
}

function addressOf(run: Run): string {
  return rangeAddress(run.row, run.column, run.row, run.column + run.cells.length - 1);
}
