import type { OutputStyle } from '../../workbook/grid';
import type { StyleRegion } from './style-regions';

/**
 * Regions of one style (and the same inner grid lines) gathered into multi-area addresses, so
 * a style is set once per group of rectangles (Worksheet.getRanges, ExcelApi 1.9) instead of
 * once per rectangle. Excel refuses long multi-area references, so each address stays short.
 */
export interface StyleAreas {
  readonly style: OutputStyle;
  /** Whether the areas span several rows / columns (inside grid lines apply). */
  readonly insideHorizontal: boolean;
  readonly insideVertical: boolean;
  /** "A1:B2,D5:F9": comma-separated, at most MAX_AREAS_ADDRESS characters. */
  readonly address: string;
}

const MAX_AREAS_ADDRESS = 250;

export function styleAreas(regions: readonly StyleRegion[]): StyleAreas[] {
  const groups = new Map<
    string,
    { style: OutputStyle; insideHorizontal: boolean; insideVertical: boolean; addresses: string[] }
  >();
  for (const region of regions) {
    const insideHorizontal = region.bottom > region.top;
    const insideVertical = region.right > region.left;
    const key = `${region.style}:${insideHorizontal}:${insideVertical}`;
    const group = groups.get(key) ?? { style: region.style, insideHorizontal, insideVertical, addresses: [] };
    group.addresses.push(region.address);
    groups.set(key, group);
  }
  const areas: StyleAreas[] = [];
  for (const group of groups.values()) {
    let current: string[] = [];
    let length = 0;
    const flush = (): void => {
      if (current.length === 0) return;
      areas.push({
        style: group.style,
        insideHorizontal: group.insideHorizontal,
        insideVertical: group.insideVertical,
        address: current.join(','),
      });
      current = [];
      length = 0;
    };
    for (const address of group.addresses) {
      if (current.length > 0 && length + 1 + address.length > MAX_AREAS_ADDRESS) flush();
      length += (current.length > 0 ? 1 : 0) + address.length;
      current.push(address);
    }
    flush();
  }
  return areas;
}
