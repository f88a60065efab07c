import { OPERATION_OVERHEAD_BYTES, packBySize, PAYLOAD_BUDGET_BYTES } from './payload';

/** Fill and font of a cell that verification found wrong (Excel's "bad" style colours). */
export const DIFFERENCE_FILL = '#FFC7CE';
const DIFFERENCE_FONT = '#9C0006';

/** Where the marks of the last verification are kept: saved with the workbook. */
const MARKS_SETTING = 'yeondong.verificationMarks';

/** A cell to mark: its sheet's name and A1 address. */
export interface CellMark {
  readonly sheet: string;
  readonly cell: string;
}

/** A mark as saved: the sheet by id (it survives a rename), and the colours it covered. */
interface SavedMark {
  readonly sheetId: string;
  readonly cell: string;
  /** null: the cell had no fill (Office.js reads that as white). */
  readonly fill: string | null;
  readonly font: string;
}

function savedMarks(value: unknown): SavedMark[] {
  return Array.isArray(value) ? (value as SavedMark[]) : [];
}

/**
 * Takes the marks of the last verification off (each cell gets back the fill and font colour
 * it had), so that a table ready to sign prints without them. Returns how many were cleared.
 */
export async function clearMarks(
  context: Excel.RequestContext,
  budgetBytes: number = PAYLOAD_BUDGET_BYTES,
): Promise<number> {
  const setting = context.workbook.settings.getItemOrNullObject(MARKS_SETTING);
  setting.load('value');
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/id');
  await context.sync();
  if (setting.isNullObject) return 0;
  const marks = savedMarks(setting.value);
  const sheets = new Map(worksheets.items.map((worksheet) => [worksheet.id, worksheet]));
  // In requests of a bounded size, as the marks were made; the record goes with the last, so a
  // failure half way leaves it for the next try (restoring a colour twice changes nothing).
  const groups = packBySize(marks, () => 3 * OPERATION_OVERHEAD_BYTES, budgetBytes);
  for (const [index, group] of groups.entries()) {
    for (const mark of group) {
      // A sheet deleted since (replaced) took its marks with it.
      const format = sheets.get(mark.sheetId)?.getRange(mark.cell).format;
      if (!format) continue;
      if (mark.fill === null) format.fill.clear();
      else format.fill.color = mark.fill;
      format.font.color = mark.font;
    }
    if (index === groups.length - 1) setting.delete();
    await context.sync();
  }
  if (groups.length === 0) {
    setting.delete();
    await context.sync();
  }
  return marks.length;
}

/**
 * Marks the cells that differ from the recomputation, after clearing the previous marks: the
 * colours each cell has are read first and saved with the marks, for clearMarks.
 */
export async function markDifferences(
  context: Excel.RequestContext,
  marks: readonly CellMark[],
  budgetBytes: number = PAYLOAD_BUDGET_BYTES,
): Promise<void> {
  await clearMarks(context, budgetBytes);
  if (marks.length === 0) return;
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/id,items/name');
  await context.sync();
  const byName = new Map(worksheets.items.map((worksheet) => [worksheet.name, worksheet]));
  const targets = marks.flatMap(({ sheet, cell }) => {
    const worksheet = byName.get(sheet);
    return worksheet ? [{ worksheet, cell, format: worksheet.getRange(cell).format }] : [];
  });
  const saved: SavedMark[] = [];
  const cost = (): number => 2 * OPERATION_OVERHEAD_BYTES;
  for (const group of packBySize(targets, cost, budgetBytes)) {
    for (const { format } of group) {
      format.fill.load('color');
      format.font.load('color');
    }
    await context.sync();
    for (const { worksheet, cell, format } of group) {
      const fill = format.fill.color;
      saved.push({
        sheetId: worksheet.id,
        cell,
        fill: fill === '#FFFFFF' ? null : fill,
        font: format.font.color,
      });
    }
  }
  const groups = packBySize(targets, cost, budgetBytes);
  for (const [index, group] of groups.entries()) {
    for (const { format } of group) {
      format.fill.color = DIFFERENCE_FILL;
      format.font.color = DIFFERENCE_FONT;
    }
    // Saved with the first marks (the record is complete by now), so that no mark is ever left without it.
    if (index === 0) context.workbook.settings.add(MARKS_SETTING, saved);
    await context.sync();
  }
}
