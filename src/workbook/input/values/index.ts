/** Tolerant reading of single input cells: each function returns a value or a problem, never throws. */

export * from './problem';
export { isBlankCell, isEmptyField } from './cell-basics';
export { readNumberText } from './number-text';
export { parseDecimalCell, type DecimalBound } from './parse-decimal';
export { parsePercentCell, hasPercentFormat } from './parse-percent';
export { parseIntegerCell, type IntegerRange } from './parse-integer';
export { parseDateCell, parsePointCell, isDateFormat, isMonthOnlyFormat } from './parse-date';
export { readDateText } from './date-text';
export { serialToDate, serialToIso, dateToSerial, MAX_EXCEL_SERIAL, type DateSystem } from './excel-serial';
export { parseChoiceCell, choiceKey, type ChoiceSet } from './parse-choice';
export * from './choices';
export { parseCurrencyCell, HOME_CURRENCY } from './parse-currency';
export { parseTextCell } from './parse-text';
