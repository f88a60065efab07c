import { referencesTo, type SheetReference } from '../../workbook/output';
import { readSheetGrids } from './read-sheets';
import { sheetNameKey } from './sheet-names';

/**
 * The formulas in other sheets that refer to those of `targets` that exist: the adapter only
 * gathers the formulas (every other sheet's used range, read by size as any read is); which of
 * them point where is decided by the workbook layer (referencesTo).
 */
export async function findReferences(
  context: Excel.RequestContext,
  targets: readonly string[],
): Promise<SheetReference[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const names = worksheets.items.map((worksheet) => worksheet.name);
  const targetKeys = new Set(targets.map(sheetNameKey));
  const existing = names.filter((name) => targetKeys.has(sheetNameKey(name)));
  if (existing.length === 0) return [];
  const others = names.filter((name) => !targetKeys.has(sheetNameKey(name)));
  const grids = await readSheetGrids(context, others);
  return referencesTo(grids, targets);
}
