import type { IsoDate } from '../domain/dates';
import type { Issue } from '../domain/issues';
import type { ComputeResult } from '../domain/types';
import { adjustmentJson, evaluationJson, issueJson } from '../workbook/output';
import { jsonText } from './terminal-text';

/** Text is handed on in pieces of about this many characters. */
const PIECE = 1 << 18;

/**
 * `compute --json` written as it is made, one adjustment, evaluation and issue at a time: the
 * same text as jsonText(toJsonReport(result, issues, fingerprint)), but a report of a million
 * evaluations never becomes one string or one object tree.
 */
export function writeJsonReport(
  result: ComputeResult,
  issues: readonly Issue[],
  fingerprint: string,
  write: (text: string) => void,
): void {
  let pending = '';
  const put = (text: string): void => {
    pending += text;
    if (pending.length >= PIECE) {
      write(pending);
      pending = '';
    }
  };
  const asOf: IsoDate | null = result.asOf;
  put(`{\n  "asOf": ${jsonText(asOf)},\n`);
  putArray(put, 'adjustments', result.adjustments, adjustmentJson);
  put(',\n');
  putArray(put, 'evaluations', result.evaluations, evaluationJson);
  put(',\n');
  putArray(put, 'issues', issues, issueJson);
  put(`,\n  "fingerprint": ${jsonText(fingerprint)}\n}`);
  if (pending !== '') write(pending);
}

/** `"key": [ … ]` at the report's second level, laid out as JSON.stringify(…, null, 2) does. */
function putArray<T, J>(
  put: (text: string) => void,
  key: string,
  items: readonly T[],
  json: (item: T) => J,
): void {
  put(`  ${jsonText(key)}: [`);
  if (items.length === 0) {
    put(']');
    return;
  }
  items.forEach((item, index) => {
    // Strings in JSON hold no line feed (it is escaped), so every line break is layout.
    put(`${index === 0 ? '\n' : ',\n'}    ${jsonText(json(item)).replace(/\n/g, '\n    ')}`);
  });
  put('\n  ]');
}
