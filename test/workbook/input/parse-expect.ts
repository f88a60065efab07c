import type { ParseResult } from '../../../src/workbook/input/values';

/** The value of a successful parse; fails the test with the problem's code otherwise. */
export function valueOf<T>(result: ParseResult<T>): T {
  if (!result.ok) throw new Error(`expected a value, got ${result.code}: ${result.expected.en}`);
  return result.value;
}

/** The code of a failed parse; fails the test when a value came back. */
export function codeOf(result: ParseResult<unknown>): string {
  if (result.ok) throw new Error(`expected a problem, got ${JSON.stringify(result.value)}`);
  return result.code;
}
