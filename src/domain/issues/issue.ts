import type { IssueCode } from './codes';

/** A phrase or sentence in both languages; Korean first: the people who read it work in Korean. */
export interface Bilingual {
  readonly ko: string;
  readonly en: string;
}

/** Where an issue points: a sheet and an A1 address ("D7"; empty for a whole sheet that is missing). */
export interface Place {
  readonly sheet: string;
  readonly cell: string;
}

export type Severity = 'error' | 'warning';

/** A problem found in the inputs, addressed to the cell that caused it. */
export interface Issue extends Place {
  readonly severity: Severity;
  readonly code: IssueCode;
  readonly text: Bilingual;
}

/** What a builder of issues is told: the code, the cell, and the text in both languages. */
export interface IssueInput {
  readonly code: IssueCode;
  readonly at: Place;
  readonly text: Bilingual;
}

export function issue({ severity, code, at, text }: IssueInput & { readonly severity: Severity }): Issue {
  return { severity, sheet: at.sheet, cell: at.cell, code, text };
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((found) => found.severity === 'error');
}
