import { OPERATION_OVERHEAD_BYTES, packBySize, PAYLOAD_BUDGET_BYTES } from './payload';

/** Fill and font of a cell that verification found wrong (Excel's "bad" style colours). */
export const DIFFERENCE_FILL = '#FFC7CE';
const DIFFERENCE_FONT = '#9C0006';

/** Activates `sheet` and selects `cell` (the sheet's A1 when the issue names no cell). */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(cell === '' ? 'A1' : cell).select();
  await context.sync();
}

/** Marks cells that differ from the recomputation: one request, more only for very many cells. */
export async function highlightCells(
  context: Excel.RequestContext,
  sheet: string,
  cells: readonly string[],
  budgetBytes: number = PAYLOAD_BUDGET_BYTES,
): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  for (const group of packBySize(cells, () => 2 * OPERATION_OVERHEAD_BYTES, budgetBytes)) {
    for (const cell of group) {
      const format = worksheet.getRange(cell).format;
      format.fill.color = DIFFERENCE_FILL;
      format.font.color = DIFFERENCE_FONT;
    }
    await context.sync();
  }
}
