import { type D, nearestDouble } from '../../domain/decimal';
import type { IsoDate } from '../../domain/dates';
import { dateToSerial } from '../input/values';
import { DATE_FORMAT } from './formats';
import type { OutputCell, OutputStyle } from '../grid/grid';

/** The value one cell of an output sheet holds, before it becomes an Excel cell. */
export type CellContent =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'date'; readonly date: IsoDate }
  | { readonly kind: 'number'; readonly value: D; readonly format: string };

export function textContent(text: string): CellContent {
  return { kind: 'text', text };
}

export function dateContent(date: IsoDate): CellContent {
  return { kind: 'date', date };
}

export function numberContent(value: D, format: string): CellContent {
  return { kind: 'number', value, format };
}

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
      return { value: dateToSerial(content.date), numberFormat: DATE_FORMAT, style };
    case 'number': {
      const shown = nearestDouble(content.value);
      return formula === undefined
        ? { value: shown, numberFormat: content.format, style }
        : { formula, result: shown, numberFormat: content.format, style };
    }
  }
}

/** A date cell of a title block; empty when there is no date (no as-of date in an empty run). */
export function dateCell(date: IsoDate | null): OutputCell {
  return toOutputCell(date === null ? null : dateContent(date));
}
