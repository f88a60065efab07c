import { rangeAddress } from '../../workbook/grid';
import type { CellEdit, SheetEdit } from '../../workbook/prices-import';
import { cellLiteral } from './cell-literal';
import {
  jsonBytes,
  OPERATION_OVERHEAD_BYTES,
  packBySize,
  PAYLOAD_BUDGET_BYTES,
  READ_BYTES_PER_CELL,
} from './payload';

/** Cells side by side on one row: one range, one write. */
interface Run {
  readonly sheet: string;
  readonly create: boolean;
  readonly row: number;
  readonly column: number;
  readonly cells: readonly CellEdit[];
}

/** Runs of the same columns on rows one below the other: one rectangular range. */
interface Block {
  readonly sheet: string;
  readonly create: boolean;
  readonly row: number;
  readonly column: number;
  readonly rows: (readonly CellEdit[])[];
}

interface Prior {
  readonly range: Excel.Range;
  readonly block: Block;
}

/**
 * Writes an import plan into the open workbook whole or not at all: the edited cells' formulas
 * and number formats are read first, then everything is written, in requests kept within the
 * payload budget (years of daily rates are tens of thousands of rows); should any fail, the old
 * cells are written back and the sheets it added are deleted. Text is written so that Excel
 * keeps it text (cellLiteral), never as a formula.
 */
export async function writeCellEdits(
  context: Excel.RequestContext,
  edits: readonly SheetEdit[],
  budgetBytes: number = PAYLOAD_BUDGET_BYTES,
): Promise<void> {
  const blocks = edits.flatMap((edit) => blocksOf(runsOf(edit), budgetBytes / 4));
  const priors: Prior[] = [];
  const readCost = (block: Block) => OPERATION_OVERHEAD_BYTES + READ_BYTES_PER_CELL * cellCount(block);
  for (const group of packBySize(
    blocks.filter((block) => !block.create),
    readCost,
    budgetBytes,
  )) {
    for (const block of group) {
      const range = rangeOf(context, block);
      range.load('formulas,numberFormat');
      priors.push({ range, block });
    }
    await context.sync();
  }
  const created = edits
    .filter((edit) => edit.create)
    .map((edit) => context.workbook.worksheets.add(edit.sheet));
  try {
    for (const group of packBySize(blocks, writeCost, budgetBytes)) {
      for (const block of group) write(rangeOf(context, block), block.rows);
      await context.sync();
    }
  } catch (failure) {
    await restore(context, priors, created, budgetBytes);
    throw failure;
  }
}

/** Number formats only where the plan gives one: Office.js skips null entries, so a price keeps its own. */
function write(range: Excel.Range, rows: readonly (readonly CellEdit[])[]): void {
  const literals = rows.map((cells) => cells.map((edit) => cellLiteral(edit.cell)));
  const formats = literals.map((row) => row.map((literal) => literal.numberFormat));
  if (formats.some((row) => row.some((format) => format !== null)))
    range.numberFormat = formats as string[][];
  range.values = literals.map((row) => row.map((literal) => literal.value ?? ''));
}

async function restore(
  context: Excel.RequestContext,
  priors: readonly Prior[],
  created: readonly Excel.Worksheet[],
  budgetBytes: number,
): Promise<void> {
  try {
    const cost = ({ range }: Prior) =>
      2 * OPERATION_OVERHEAD_BYTES + jsonBytes(range.formulas) + jsonBytes(range.numberFormat);
    for (const group of packBySize(priors, cost, budgetBytes)) {
      for (const { range, block } of group) {
        const again = rangeOf(context, block);
        again.numberFormat = range.numberFormat;
        again.formulas = range.formulas;
      }
      await context.sync();
    }
    for (const worksheet of created) worksheet.delete();
    await context.sync();
  } catch {
    // The first failure is the one to report; the pane says the workbook needs a look.
  }
}

function writeCost(block: Block): number {
  const literals = block.rows.map((cells) => cells.map((edit) => cellLiteral(edit.cell)));
  return 2 * OPERATION_OVERHEAD_BYTES + jsonBytes(literals);
}

function cellCount(block: Block): number {
  return block.rows.length * (block.rows[0]?.length ?? 0);
}

/**
 * Runs of the same columns on consecutive rows joined into blocks (appended rows become one
 * range), each kept to about `maxBytes` so that a request can hold it.
 */
function blocksOf(runs: readonly Run[], maxBytes: number): Block[] {
  const blocks: Block[] = [];
  let current: { block: Block; bytes: number } | null = null;
  for (const run of runs) {
    const bytes = jsonBytes(run.cells.map((edit) => edit.cell.value ?? null)) + 16 * run.cells.length;
    const last = current?.block;
    const joins =
      current !== null &&
      last !== undefined &&
      last.sheet === run.sheet &&
      last.column === run.column &&
      (last.rows[0]?.length ?? 0) === run.cells.length &&
      last.row + last.rows.length === run.row &&
      current.bytes + bytes <= maxBytes;
    if (joins && current) {
      current.block.rows.push(run.cells);
      current.bytes += bytes;
    } else {
      const { sheet, create, row, column } = run;
      current = { block: { sheet, create, row, column, rows: [run.cells] }, bytes };
      blocks.push(current.block);
    }
  }
  return blocks;
}

function rangeOf(context: Excel.RequestContext, block: Block): Excel.Range {
  return context.workbook.worksheets.getItem(block.sheet).getRange(addressOf(block));
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

function addressOf(block: Block): string {
  const width = block.rows[0]?.length ?? 1;
  return rangeAddress(block.row, block.column, block.row + block.rows.length - 1, block.column + width - 1);
}
