import type { D } from '../../domain/decimal';
import type { PointInTime } from '../../domain/types';
import type { InputCell } from '../grid/grid';
import { CHOICE_SETS, type ChoiceName, type FieldKind } from './schema';
import {
  type ChoiceSet,
  type DateSystem,
  parseChoiceCell,
  parseCurrencyCell,
  parseDateCell,
  parseDecimalCell,
  parseIntegerCell,
  parsePercentCell,
  parsePointCell,
  parseTextCell,
  type ParseResult,
} from './values';

export type FieldValue = string | number | boolean | D | PointInTime;

/** Reads one cell the way its column's kind says; serial dates count in the workbook's date system. */
export function parseField(
  kind: FieldKind,
  cell: InputCell,
  system: DateSystem = {},
): ParseResult<FieldValue> {
  switch (kind.type) {
    case 'text':
      return parseTextCell(cell);
    case 'date':
      return parseDateCell(cell, system);
    case 'point':
      return parsePointCell(cell, system);
    case 'decimal':
      return parseDecimalCell(cell, kind.bound);
    case 'percent':
      return parsePercentCell(cell, kind.allowZero);
    case 'integer':
      return parseIntegerCell(cell, kind.range);
    case 'choice':
      return parseChoice(kind.choice, cell);
    case 'currency':
      return parseCurrencyCell(cell);
  }
}

function parseChoice(name: ChoiceName, cell: InputCell): ParseResult<FieldValue> {
  const set: ChoiceSet<FieldValue> = CHOICE_SETS[name];
  return parseChoiceCell(cell, set);
}
