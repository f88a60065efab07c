import type { Bilingual } from '../../domain/issues';
import { D } from '../../domain/decimal';
import type { CellContent } from '../output/output-cell';
import { serialToIso } from '../input/values';
import { DATE_FORMAT, isPercentFormat } from '../output/formats';
import { cellText, isEmptyCell } from '../input/grid-reading';
import type { InputCell, OutputCell } from '../grid/grid';
import { compareCell, EMPTY_SHOWN } from './cell';

/**
 * One cell of a written table held to the cell the tool writes there: its formula's text, its
 * value, the kind of value and its number format — all that decides what a signer sees.
 */

/** What is wrong with a cell, in the report's words (Korean and English). */
export interface CellProblem {
  readonly expected: string;
  readonly actual: string;
  readonly text: Bilingual;
}

/** A formula that reaches outside the sheet: another sheet, another workbook ([1]) or a program (DDE |). */
const OUTSIDE_REFERENCE = /[!|[]/;

/**
 * The formula's text against the one the tool writes (already moved to the rows where the
 * sheet holds them). Case is ignored, as Excel ignores it; nothing else is.
 */
export function formulaProblem(
  expected: OutputCell | undefined,
  expectedFormula: string | undefined,
  actual: InputCell | undefined,
): CellProblem | null {
  const want = canonicalFormula(expectedFormula);
  const have = canonicalFormula(actual?.formula);
  if (want === have) return null;
  // The tool's own formulas may point at another sheet (the 변동표 at 연동 계산 내역): only a
  // reach the tool's formula does not make is worth naming.
  const outside =
    have !== undefined &&
    OUTSIDE_REFERENCE.test(have) &&
    !(want !== undefined && OUTSIDE_REFERENCE.test(want) && !/[|[]/.test(have));
  const outsideKo = outside ? ' 다른 시트·통합 문서·프로그램(DDE)을 참조하는 수식입니다.' : '';
  const outsideEn = outside ? ' It refers to another sheet, workbook or program (DDE).' : '';
  if (have === undefined) {
    return {
      expected: `=${expectedFormula ?? ''}`,
      actual: shownActual(actual),
      text: {
        ko: `수식 =${expectedFormula ?? ''} 대신 값이 입력되어 있습니다.`,
        en: `holds a typed value in place of the formula =${expectedFormula ?? ''}.`,
      },
    };
  }
  if (want === undefined) {
    return {
      expected: shownOutput(expected),
      actual: `=${actual?.formula ?? ''}`,
      text: {
        ko: `도구가 수식을 쓰지 않는 칸에 수식 =${actual?.formula ?? ''}이 있습니다.${outsideKo}`,
        en: `holds the formula =${actual?.formula ?? ''} where the tool writes none.${outsideEn}`,
      },
    };
  }
  return {
    expected: `=${expectedFormula ?? ''}`,
    actual: `=${actual?.formula ?? ''}`,
    text: {
      ko: `수식이 도구가 쓰는 =${expectedFormula ?? ''}가 아니라 =${actual?.formula ?? ''}입니다.${outsideKo}`,
      en: `the formula is =${actual?.formula ?? ''}, not =${expectedFormula ?? ''} as the tool writes it.${outsideEn}`,
    },
  };
}

/** The value (a formula's cached result) against the tool's, at the precision the cell shows. */
export function valueProblem(
  expected: OutputCell | undefined,
  actual: InputCell | undefined,
): CellProblem | null {
  const content = contentOf(expected);
  const kind = content?.kind === 'number' && isPercentFormat(content.format) ? 'rate' : 'won';
  const mismatch = compareCell(kind, content, actual);
  if (mismatch === null) return null;
  return {
    ...mismatch,
    text: {
      ko: `도구가 쓰는 값은 ${mismatch.expected}인데 표에는 ${mismatch.actual}입니다.`,
      en: `the tool writes ${mismatch.expected}, the table shows ${mismatch.actual}.`,
    },
  };
}

/** A number stored as text (or text as a number) shows alike but is not the same cell. */
export function typeProblem(
  expected: OutputCell | undefined,
  actual: InputCell | undefined,
): CellProblem | null {
  const want = shownValueOf(expected);
  const have = actual?.value ?? null;
  if (want === null || isEmptyCell(actual)) return null;
  if (typeof want === 'number' && typeof have === 'string') {
    return {
      expected: shownOutput(expected),
      actual: `"${have}"`,
      text: {
        ko: `숫자 대신 글자 "${have}"가 들어 있습니다.`,
        en: `holds the text "${have}" instead of a number.`,
      },
    };
  }
  if (typeof want === 'string' && typeof have !== 'string') {
    return {
      expected: `"${want}"`,
      actual: cellText(actual),
      text: {
        ko: `글자 대신 값 ${cellText(actual)}이 들어 있습니다.`,
        en: `holds the value ${cellText(actual)} instead of text.`,
      },
    };
  }
  return null;
}

/**
 * The number format against the tool's: a format can show anything whatever the value
 * (`"20,896"`, `;;;`), so what a signer reads is only the value when the format is the tool's.
 */
export function formatProblem(
  expected: OutputCell | undefined,
  actual: InputCell | undefined,
): CellProblem | null {
  if (shownValueOf(expected) === null || isEmptyCell(actual)) return null;
  const want = expected?.numberFormat;
  const have = actual?.numberFormat;
  if (canonicalFormat(want) === canonicalFormat(have)) return null;
  const wantShown = want ?? 'General';
  const haveShown = have ?? 'General';
  return {
    expected: wantShown,
    actual: haveShown,
    text: {
      ko: `표시 형식이 도구가 쓰는 ${wantShown}가 아니라 ${haveShown}입니다: 보이는 값이 저장된 값과 다를 수 있습니다.`,
      en: `the number format is ${haveShown}, not ${wantShown}: what it shows may not be the value it holds.`,
    },
  };
}

/** A formula without its "=", upper-cased outside quoted text and sheet names. */
export function canonicalFormula(formula: string | undefined): string | undefined {
  if (formula === undefined) return undefined;
  const text = formula.trim().replace(/^=/, '');
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] ?? '';
    if (char === '"' || char === "'") {
      const end = closingQuote(text, i);
      out += text.slice(i, end + 1);
      i = end;
    } else {
      out += char.toUpperCase();
    }
  }
  return out;
}

/** Index of the quote that closes the one at `open` (a doubled quote is part of the text). */
function closingQuote(text: string, open: number): number {
  const quote = text[open];
  let i = open + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] !== quote) return i;
      i += 2;
    } else {
      i += 1;
    }
  }
  return text.length - 1;
}

/** Characters a number format shows as themselves without quotes or a backslash. */
const PLAIN_LITERALS = new Set([..."$-+/():!^&'~{}<>= "]);

/**
 * A number format in one spelling: `yyyy\-mm\-dd`, `"-"` and `YYYY-MM-DD` are the same format
 * (Excel and LibreOffice write the first and last when they save). Literal characters are
 * escaped alike, codes lower-cased, bare locale tags dropped, "General" in any case or absent
 * is one format.
 */
export function canonicalFormat(format: string | undefined): string {
  // A bare locale tag ([$-412]) changes nothing in a numeric format; LibreOffice may add one.
  const text = (format ?? '').replace(/\[\$-[0-9A-Fa-f]+\]/g, '').trim();
  if (text === '' || text.toLowerCase() === 'general') return 'general';
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] ?? '';
    if (char === '\\') {
      out += `\\${text[i + 1] ?? ''}`;
      i += 1;
    } else if (char === '"') {
      const end = text.indexOf('"', i + 1);
      const literal = end < 0 ? text.slice(i + 1) : text.slice(i + 1, end);
      for (const part of literal) out += `\\${part}`;
      i = end < 0 ? text.length : end;
    } else if (PLAIN_LITERALS.has(char)) {
      out += `\\${char}`;
    } else {
      out += char.toLowerCase();
    }
  }
  return out;
}

/** What the tool's cell shows: the formula's cached result, else the value; null when empty. */
function shownValueOf(cell: OutputCell | undefined): string | number | boolean | null {
  const value = cell?.formula === undefined ? cell?.value : cell.result;
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === ''))
    return null;
  return value;
}

/** The tool's cell in the terms compareCell reads: text, a date (by its format) or a number. */
function contentOf(cell: OutputCell | undefined): CellContent | null {
  const value = shownValueOf(cell);
  if (value === null) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return { kind: 'text', text: String(value) };
  const date = cell?.numberFormat === DATE_FORMAT ? serialToIso(value) : null;
  if (date !== null) return { kind: 'date', date };
  return { kind: 'number', value: new D(String(value)), format: cell?.numberFormat ?? 'General' };
}

function shownOutput(cell: OutputCell | undefined): string {
  const content = contentOf(cell);
  if (content === null) return EMPTY_SHOWN;
  switch (content.kind) {
    case 'text':
      return content.text;
    case 'date':
      return content.date;
    case 'number':
      return content.value.toString();
  }
}

function shownActual(cell: InputCell | undefined): string {
  return isEmptyCell(cell) ? EMPTY_SHOWN : cellText(cell);
}
