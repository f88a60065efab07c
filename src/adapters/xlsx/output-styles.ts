import type ExcelJS from 'exceljs';
import type { OutputStyle } from '../../workbook/grid';

/** Korean Excel's default face, so that Hangul lines up the same on every machine that has it. */
const FONT_NAME = '맑은 고딕';
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF808080' } };
const ALL_THIN: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function solidFill(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

interface StyleParts {
  readonly font: Partial<ExcelJS.Font>;
  readonly alignment?: Partial<ExcelJS.Alignment>;
  readonly border?: Partial<ExcelJS.Borders>;
  readonly fill?: ExcelJS.Fill;
}

const STYLES: { readonly [S in OutputStyle]: StyleParts } = {
  title: {
    font: { name: FONT_NAME, size: 16, bold: true },
    alignment: { horizontal: 'center', vertical: 'middle' },
  },
  label: {
    font: { name: FONT_NAME, size: 10, bold: true },
    alignment: { vertical: 'middle' },
    border: ALL_THIN,
    fill: solidFill('FFF2F2F2'),
  },
  header: {
    font: { name: FONT_NAME, size: 10, bold: true },
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    border: ALL_THIN,
    fill: solidFill('FFDDEBF7'),
  },
  body: {
    font: { name: FONT_NAME, size: 10 },
    alignment: { vertical: 'middle' },
    border: ALL_THIN,
  },
  text: {
    font: { name: FONT_NAME, size: 10 },
    alignment: { vertical: 'top', wrapText: true },
    border: ALL_THIN,
  },
  total: {
    font: { name: FONT_NAME, size: 10, bold: true },
    alignment: { vertical: 'middle' },
    border: { ...ALL_THIN, top: { style: 'double', color: { argb: 'FF404040' } } },
    fill: solidFill('FFF2F2F2'),
  },
  signature: {
    font: { name: FONT_NAME, size: 11, bold: true },
    alignment: { vertical: 'bottom' },
  },
  note: {
    font: { name: FONT_NAME, size: 9, italic: true, color: { argb: 'FF595959' } },
    alignment: { vertical: 'top', wrapText: true },
  },
};

const sharedStyles = new Map<OutputStyle | undefined, Map<string | undefined, Partial<ExcelJS.Style>>>();

/**
 * The whole style of a cell with this named style and number format, one object per pair for
 * every cell that has them. exceljs files a style under the object it is given: shared objects
 * are filed once, where a fresh object per cell would be rendered and looked up cell by cell.
 * Nothing may change a shared style in place (cell.numFmt = … would): assign a whole style.
 */
export function sharedOutputStyle(
  style: OutputStyle | undefined,
  numFmt: string | undefined,
): Partial<ExcelJS.Style> {
  let byFormat = sharedStyles.get(style);
  if (byFormat === undefined) {
    byFormat = new Map();
    sharedStyles.set(style, byFormat);
  }
  let shared = byFormat.get(numFmt);
  if (shared === undefined) {
    const parts = style === undefined ? undefined : STYLES[style];
    shared = Object.freeze({
      ...(numFmt === undefined ? {} : { numFmt }),
      ...(parts === undefined
        ? {}
        : {
            font: parts.font,
            ...(parts.alignment ? { alignment: parts.alignment } : {}),
            ...(parts.border ? { border: parts.border } : {}),
            ...(parts.fill ? { fill: parts.fill } : {}),
          }),
    });
    byFormat.set(numFmt, shared);
  }
  return shared;
}
