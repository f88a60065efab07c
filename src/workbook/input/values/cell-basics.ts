import type { CellErrorValue, CellValue, InputCell } from '../../grid/grid';
import { type Bilingual, ISSUE } from '../../../domain/issues';
import { type ParseProblem, problem } from './problem';

const SHOWN_MAX_LENGTH = 60;

function isErrorValue(value: CellValue): value is CellErrorValue {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

/** Blank as a table sees it: nothing, or only spaces (formulas that yield "" included). */
export function isBlankCell(cell: InputCell | undefined): boolean {
  if (!cell) return true;
  const { value } = cell;
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/**
 * Blank as a field sees it. A formula without a stored result is not blank: its value is
 * unknown, and taking a default in its place would silently change the calculation.
 */
export function isEmptyField(cell: InputCell | undefined): boolean {
  return (
    isBlankCell(cell) && !(cell?.formula !== undefined && (cell.value === null || cell.value === undefined))
  );
}

/** The cell as the user sees it, for messages. */
export function shownValue(cell: InputCell): string {
  const { value } = cell;
  let shown: string;
  if (value === null || value === undefined) shown = '';
  else if (value instanceof Date)
    shown = Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  else if (isErrorValue(value)) shown = value.error;
  else if (typeof value === 'boolean') shown = value ? 'TRUE' : 'FALSE';
  else shown = String(value);
  return shown.length > SHOWN_MAX_LENGTH ? `${shown.slice(0, SHOWN_MAX_LENGTH)}…` : shown;
}

/**
 * Text normalised for recognising numbers, dates and choices: full-width digits, signs and
 * the full-width won sign become their ASCII or ordinary forms (NFKC), outer spaces and
 * Excel's text mark go.
 * Never applied to text that is kept as text.
 */
export function normalizedText(text: string): string {
  // A leading apostrophe is Excel's "store as text" mark; some exports keep it in the value.
  return text.normalize('NFKC').trim().replace(/^'\s*/, '');
}

/**
 * The problems every kind of field shares: empty, an Excel error value, a formula with no
 * stored result. Returns null when the cell holds something to parse.
 */
export function commonProblem(cell: InputCell, expected: Bilingual): ParseProblem | null {
  const { value } = cell;
  if (isErrorValue(value)) {
    return problem(ISSUE.CELL_ERROR_VALUE, expected, value.error, {
      ko:
        cell.formula !== undefined
          ? `수식 결과가 오류 값 ${value.error}입니다`
          : `셀에 오류 값 ${value.error}가 있습니다`,
      en:
        cell.formula !== undefined
          ? `the formula evaluates to the error ${value.error}`
          : `the cell holds the error ${value.error}`,
    });
  }
  if (cell.formula !== undefined && (value === null || value === undefined)) {
    return problem(ISSUE.FORMULA_WITHOUT_RESULT, expected, `=${cell.formula}`, {
      ko: '수식의 계산 결과가 저장되어 있지 않습니다. Excel에서 다시 계산한 뒤 저장하세요',
      en: 'the formula has no stored result; recalculate and save the workbook in Excel',
    });
  }
  if (isBlankCell(cell)) {
    return problem(ISSUE.REQUIRED_VALUE, expected, null, {
      ko: '필수 항목인데 비어 있습니다',
      en: 'the field is required but the cell is empty',
    });
  }
  return null;
}

/**
 * Strips the parts of an Excel number format that are shown literally ("%" in quotes is no
 * percent): quoted text, backslash escapes, then [bracketed] parts such as colours and locales.
 * Each step is one scan, so a format of many unclosed brackets costs linear time.
 */
export function formatCodes(numberFormat: string | undefined): string {
  const unquoted = withoutDelimited(numberFormat ?? '', '"', '"');
  return withoutDelimited(withoutEscapes(unquoted), '[', ']').toLowerCase();
}

/** The text without every `open…close` span (an unclosed `open` and what follows it stay). */
function withoutDelimited(text: string, open: string, close: string): string {
  let kept = '';
  let from = 0;
  for (;;) {
    const start = text.indexOf(open, from);
    const end = start < 0 ? -1 : text.indexOf(close, start + 1);
    if (end < 0) return kept + text.slice(from);
    kept += text.slice(from, start);
    from = end + 1;
  }
}

/** The text without backslash escapes ("\%" shows a literal "%"). */
function withoutEscapes(text: string): string {
  let kept = '';
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    const next = text.charAt(index + 1);
    if (char === '\\' && next !== '' && !'\n\r\u2028\u2029'.includes(next)) index += 1;
    else kept += char;
  }
  return kept;
}
