import { sheetNameKey } from './sheet-names';

/** A sheet a write added: found by id once known, else by its temporary name. */
export interface CreatedSheet {
  readonly tempName: string;
  createdId: string | null;
}

/** An existing sheet a write may have renamed (archive) or be about to delete (replace). */
export interface SetAside {
  readonly id: string;
  readonly name: string;
  readonly worksheet: Excel.Worksheet;
}

/**
 * Puts the workbook back as it was before a failed write: deletes every sheet the write added
 * (whatever name it has reached) and gives renamed sheets their names back. Returns false when
 * even that failed, so the caller can say that the workbook needs a look.
 */
export async function rollBack(
  context: Excel.RequestContext,
  created: readonly CreatedSheet[],
  setAside: readonly SetAside[],
): Promise<boolean> {
  try {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name,items/id');
    await context.sync();
    const now = worksheets.items;
    const createdIds = new Set(created.flatMap((sheet) => (sheet.createdId ? [sheet.createdId] : [])));
    const tempKeys = new Set(created.map((sheet) => sheetNameKey(sheet.tempName)));
    for (const worksheet of now) {
      if (createdIds.has(worksheet.id) || tempKeys.has(sheetNameKey(worksheet.name))) worksheet.delete();
    }
    for (const old of setAside) {
      const current = now.find((worksheet) => worksheet.id === old.id);
      if (current && current.name !== old.name) current.name = old.name;
    }
    await context.sync();
    return true;
  } catch {
    return false;
  }
}
