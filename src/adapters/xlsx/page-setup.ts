import type ExcelJS from 'exceljs';
import type { PrintSetup } from '../../workbook/grid';

/** Excel's paper-size code for A4. */
const PAPER_A4 = 9;

/**
 * The contract's print setup in exceljs terms. "Fit to width" means one page wide and as many
 * pages tall as needed (fitToHeight 0), so that long tables stay legible.
 */
export function pageSetupOf(print: PrintSetup): Partial<ExcelJS.PageSetup> {
  const setup: Partial<ExcelJS.PageSetup> = {
    paperSize: PAPER_A4,
    orientation: print.orientation,
    fitToPage: print.fitToWidth,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
  if (print.scale !== undefined) {
    setup.fitToPage = false;
    setup.scale = print.scale;
  } else if (print.fitToWidth) {
    setup.fitToWidth = 1;
    setup.fitToHeight = 0;
  }
  if (print.repeatRows) {
    const [first, last] = print.repeatRows;
    setup.printTitlesRow = `${first}:${last}`;
  }
  return setup;
}
