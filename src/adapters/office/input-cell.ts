import type { InputCell } from '../../workbook/grid';

/** Error values as Excel returns them in `range.values`. */
const ERROR_VALUE =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!|EXTERNAL!)$/;

/**
 * One cell as Office.js reports it (`values`, `numberFormat`, `formulas` at the same index) in
 * the contract's terms. Empty cells come back as "" and become null. `formulas` repeats a
 * constant's value, so a cell counts as a formula only when its formula text differs from its
 * value: text that merely starts with "=" (written with a leading apostrophe) stays text.
 */
export function inputCell(value: unknown, numberFormat: unknown, formula: unknown): InputCell {
  const format = typeof numberFormat === 'string' && numberFormat !== '' ? { numberFormat } : {};
  const isFormula = typeof formula === 'string' && formula.startsWith('=') && formula !== value;
  const formulaPart = isFormula ? { formula: formula.slice(1) } : {};
  return { value: cellValue(value), ...format, ...formulaPart };
}

function cellValue(value: unknown): InputCell['value'] {
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    if (value === '') return null;
    return ERROR_VALUE.test(value) ? { error: value } : value;
  }
  return null;
}
