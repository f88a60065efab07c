/**
 * Codes of the problems the input side (reading the four input sheets) reports. Tests, the
 * corpus and the task pane name problems by these codes, never by message text.
 */
export const INPUT_ISSUE = {
  // Sheets and tables
  MISSING_SHEET: 'MISSING_SHEET',
  EMPTY_SHEET: 'EMPTY_SHEET',
  NO_DATA_ROWS: 'NO_DATA_ROWS',
  MISSING_HEADER: 'MISSING_HEADER',
  DUPLICATE_HEADER: 'DUPLICATE_HEADER',
  MERGED_CELLS: 'MERGED_CELLS',
  BLANK_ROWS_SKIPPED: 'BLANK_ROWS_SKIPPED',
  TITLE_ROWS_SKIPPED: 'TITLE_ROWS_SKIPPED',
  /** No row among the first rows of the sheet names the sheet's columns. */
  HEADER_NOT_FOUND: 'HEADER_NOT_FOUND',
  /** Two or more sheets answer to one input sheet's name (hidden ones and look-alikes included). */
  AMBIGUOUS_SHEET: 'AMBIGUOUS_SHEET',
  /** The input sheet read is hidden, or is named only like the expected name ("연동 약정"). */
  HIDDEN_SHEET: 'HIDDEN_SHEET',
  LOOKALIKE_SHEET_NAME: 'LOOKALIKE_SHEET_NAME',
  /** A cell beyond what the reader will expand (an input sheet spread over millions of cells). */
  SHEET_TOO_LARGE: 'SHEET_TOO_LARGE',
  // One cell
  REQUIRED_VALUE: 'REQUIRED_VALUE',
  CELL_ERROR_VALUE: 'CELL_ERROR_VALUE',
  FORMULA_WITHOUT_RESULT: 'FORMULA_WITHOUT_RESULT',
  INVALID_TEXT: 'INVALID_TEXT',
  INVALID_DATE: 'INVALID_DATE',
  INVALID_NUMBER: 'INVALID_NUMBER',
  /** "18.500": a decimal point or a thousands separator? */
  AMBIGUOUS_NUMBER: 'AMBIGUOUS_NUMBER',
  /** "$8,000" where the amount is in won (or the currency belongs in the 통화 column). */
  CURRENCY_SIGN_NOT_WON: 'CURRENCY_SIGN_NOT_WON',
  TEXT_TOO_LONG: 'TEXT_TOO_LONG',
  INVALID_PERCENT: 'INVALID_PERCENT',
  INVALID_INTEGER: 'INVALID_INTEGER',
  INVALID_CHOICE: 'INVALID_CHOICE',
  INVALID_CURRENCY: 'INVALID_CURRENCY',
  OUT_OF_RANGE: 'OUT_OF_RANGE',
  SUSPICIOUS_DATE_SERIAL: 'SUSPICIOUS_DATE_SERIAL',
  AMBIGUOUS_PERCENT: 'AMBIGUOUS_PERCENT',
  UNUSED_VALUE: 'UNUSED_VALUE',
  // One row
  CONTRACT_END_BEFORE_START: 'CONTRACT_END_BEFORE_START',
  FIRST_ADJUSTMENT_NOT_AFTER_BASE: 'FIRST_ADJUSTMENT_NOT_AFTER_BASE',
  EVENT_CYCLE_AVERAGED: 'EVENT_CYCLE_AVERAGED',
  // Across rows and sheets
  DUPLICATE_OBSERVATION: 'DUPLICATE_OBSERVATION',
  REPEATED_OBSERVATION: 'REPEATED_OBSERVATION',
  MIXED_CURRENCY: 'MIXED_CURRENCY',
  UNKNOWN_INDEX: 'UNKNOWN_INDEX',
  UNKNOWN_CURRENCY: 'UNKNOWN_CURRENCY',
  UNKNOWN_DELIVERY_ITEM: 'UNKNOWN_DELIVERY_ITEM',
} as const;

export type InputIssueCode = (typeof INPUT_ISSUE)[keyof typeof INPUT_ISSUE];
