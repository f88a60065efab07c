import type { OutputStyle } from '../../workbook/grid';
import type { StyleAreas } from './style-areas';

/** Korean Excel's default face, as the xlsx adapter uses, so both outputs look alike. */
const FONT_NAME = '맑은 고딕';
const GRID_COLOUR = '#808080';

interface StyleParts {
  readonly size: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly colour?: string;
  readonly fill?: string;
  readonly horizontal?: 'Center';
  readonly vertical: 'Center' | 'Bottom' | 'Top';
  readonly wrap?: boolean;
  readonly grid?: boolean;
  /** A double rule above (a totals row). */
  readonly doubleTop?: boolean;
}

/** The contract's named styles, matching src/adapters/xlsx/output-styles.ts. */
const STYLES: { readonly [S in OutputStyle]: StyleParts } = {
  title: { size: 16, bold: true, horizontal: 'Center', vertical: 'Center' },
  label: { size: 10, bold: true, vertical: 'Center', grid: true, fill: '#F2F2F2' },
  header: {
    size: 10,
    bold: true,
    horizontal: 'Center',
    vertical: 'Center',
    wrap: true,
    grid: true,
    fill: '#DDEBF7',
  },
  body: { size: 10, vertical: 'Center', grid: true },
  text: { size: 10, vertical: 'Top', wrap: true, grid: true },
  total: { size: 10, bold: true, vertical: 'Center', grid: true, fill: '#F2F2F2', doubleTop: true },
  signature: { size: 11, bold: true, vertical: 'Bottom' },
  note: { size: 9, italic: true, colour: '#595959', vertical: 'Top', wrap: true },
};

type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';
const EDGES: readonly Edge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];

/** Queues the formatting of a group of areas (fonts, fill, alignment, thin grid lines). */
export function applyStyle(worksheet: Excel.Worksheet, areas: StyleAreas): void {
  const parts = STYLES[areas.style];
  const format = worksheet.getRanges(areas.address).format;
  format.font.name = FONT_NAME;
  format.font.size = parts.size;
  if (parts.bold) format.font.bold = true;
  if (parts.italic) format.font.italic = true;
  if (parts.colour) format.font.color = parts.colour;
  if (parts.fill) format.fill.color = parts.fill;
  if (parts.horizontal) format.horizontalAlignment = parts.horizontal;
  format.verticalAlignment = parts.vertical;
  if (parts.wrap) format.wrapText = true;
  for (const edge of gridEdges(areas)) {
    const border = format.borders.getItem(edge);
    border.style = parts.doubleTop && edge === 'EdgeTop' ? 'Double' : 'Continuous';
    border.color = GRID_COLOUR;
    if (!(parts.doubleTop && edge === 'EdgeTop')) border.weight = 'Thin';
  }
}

function gridEdges(areas: StyleAreas): Edge[] {
  if (!STYLES[areas.style].grid) return [];
  const edges: Edge[] = [...EDGES];
  if (areas.insideHorizontal) edges.push('InsideHorizontal');
  if (areas.insideVertical) edges.push('InsideVertical');
  return edges;
}

/** Operations applyStyle queues, for the request-size estimate. */
export function styleOperationCount(areas: StyleAreas): number {
  return 10 + gridEdges(areas).length * 4;
}
