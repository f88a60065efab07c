import { MAX_SHEET_NAME_LENGTH } from '../../workbook/grid';

/** Excel compares sheet names without regard to case. */
export function sheetNameKey(name: string): string {
  return name.toLocaleUpperCase();
}

/** "<prefix> 1", "<prefix> 2", … : the first that no sheet in `taken` has. */
export function uniqueSheetName(prefix: string, taken: readonly string[]): string {
  const keys = new Set(taken.map(sheetNameKey));
  for (let n = 1; ; n += 1) {
    const name = `${prefix} ${n}`.slice(0, MAX_SHEET_NAME_LENGTH);
    if (!keys.has(sheetNameKey(name))) return name;
  }
}
