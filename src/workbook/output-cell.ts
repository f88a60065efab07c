import type { CellContent } from './change-table-values';
import { isoToExcelSerial } from './excel-serial';
import { DATE_FORMAT } from './formats';
import type { OutputCell, OutputStyle } from './grid';

/**
 * An OutputCell for a value: text stays text (never a formula, whatever it begins with), dates
 * become Excel serials shown as yyyy-mm-dd, numbers carry their format. With a formula, the
 * value becomes the formula's cached result.
 */
export function toOutputCell(
  content: CellContent | null,
  formula?: string,
  style: OutputStyle = 'body',
): OutputCell {
  if (content === null) {
    return { value: null, style };
  }
  switch (content.kind) {
    case 'text':
      return { value: content.text, style };
    case 'date':
      return { value: isoToExcelSerial(content.date), numberFormat: DATE_FORMAT, style };
    case 'number': {
      const shown = content.value.toNumber();
      return formula === undefined
        ? { value: shown, numberFormat: content.format, style }
        : { formula, result: shown, numberFormat: content.format, style };
    }
  }
}
