/** Activates `sheet` and selects `cell` (the sheet's A1 when the issue names no cell). */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(cell === '' ? 'A1' : cell).select();
  await context.sync();
}
