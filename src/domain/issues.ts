/** A problem found in the inputs, addressed to the cell that caused it. */
export interface Issue {
  readonly severity: 'error' | 'warning';
  readonly sheet: string;
  /** A1 address, e.g. "D7"; empty when the issue concerns a whole sheet that is missing. */
  readonly cell: string;
  readonly code: string;
  /** Korean first: the people who read it work in Korean. */
  readonly message: string;
  readonly messageEn: string;
}

export function error(sheet: string, cell: string, code: string, message: string, messageEn: string): Issue {
  return { severity: 'error', sheet, cell, code, message, messageEn };
}

export function warning(
  sheet: string,
  cell: string,
  code: string,
  message: string,
  messageEn: string,
): Issue {
  return { severity: 'warning', sheet, cell, code, message, messageEn };
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}
