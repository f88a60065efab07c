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

/** Applies one of the contract's named styles to a cell. */
export function applyOutputStyle(cell: ExcelJS.Cell, style: OutputStyle): void {
  const parts = STYLES[style];
  cell.font = parts.font;
  if (parts.alignment) cell.alignment = parts.alignment;
  if (parts.border) cell.border = parts.border;
  if (parts.fill) cell.fill = parts.fill;
}
