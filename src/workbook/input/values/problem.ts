import type { Bilingual, IssueCode } from '../../../domain/issues';

/** A cell read successfully, perhaps with a remark worth a warning. */
export interface Parsed<T> {
  readonly ok: true;
  readonly value: T;
  readonly note?: ParseNote;
}

/** Something to warn about in a value that was nevertheless read. */
export interface ParseNote {
  readonly code: IssueCode;
  /** A full sentence about the value. */
  readonly text: Bilingual;
}

/**
 * Why a cell could not be read. It does not know the sheet, the cell or the header: the reader
 * adds those, so that one problem reads "<header>은 <expected>. 입력값: "<input>" (<reason>)".
 */
export interface ParseProblem {
  readonly ok: false;
  readonly code: IssueCode;
  /** What the field must hold, as a predicate: "날짜여야 합니다 (예: 2024-03-15)". */
  readonly expected: Bilingual;
  /** The cell as the user sees it; null when the cell is empty. */
  readonly input: string | null;
  /** Why the input does not qualify, when the expectation alone does not make it obvious. */
  readonly reason?: Bilingual;
}

export type ParseResult<T> = Parsed<T> | ParseProblem;

export function parsed<T>(value: T, note?: ParseNote): Parsed<T> {
  return note ? { ok: true, value, note } : { ok: true, value };
}

export function problem(
  code: IssueCode,
  expected: Bilingual,
  input: string | null,
  reason?: Bilingual,
): ParseProblem {
  return reason ? { ok: false, code, expected, input, reason } : { ok: false, code, expected, input };
}
