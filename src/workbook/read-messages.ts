import { error, type Issue, warning } from '../domain/issues';
import { INPUT_ISSUE, type InputIssueCode } from './input-issues';
import type { FieldSpec } from './schema';
import type { ParseNote, ParseProblem } from './values';

/**
 * Messages of the input side. Every one starts with where: "연동약정 시트 F7: ", so that a
 * reader can go to the cell without knowing anything else.
 */

export function where(sheet: string, cell: string): { readonly ko: string; readonly en: string } {
  return cell === ''
    ? { ko: `${sheet} 시트`, en: `sheet ${sheet}` }
    : { ko: `${sheet} 시트 ${cell}`, en: `sheet ${sheet} ${cell}` };
}

export function sheetError(sheet: string, cell: string, code: InputIssueCode, ko: string, en: string): Issue {
  const at = where(sheet, cell);
  return error(sheet, cell, code, `${at.ko}: ${ko}`, `${at.en}: ${en}`);
}

export function sheetWarning(
  sheet: string,
  cell: string,
  code: InputIssueCode,
  ko: string,
  en: string,
): Issue {
  const at = where(sheet, cell);
  return warning(sheet, cell, code, `${at.ko}: ${ko}`, `${at.en}: ${en}`);
}

/** `연동약정 시트 F7: 약정일은 날짜여야 합니다 (예: 2024-03-15). 입력값: "2024-13-45" (달력에 없는 날짜입니다)` */
export function problemIssue(sheet: string, cell: string, spec: FieldSpec, found: ParseProblem): Issue {
  if (found.code === INPUT_ISSUE.REQUIRED_VALUE) {
    return sheetError(
      sheet,
      cell,
      found.code,
      `${spec.header}${topic(spec.header)} 필수 항목인데 비어 있습니다. ${found.expected.ko}`,
      `${spec.header} (${spec.key}) is required but empty; it ${found.expected.en}`,
    );
  }
  const input = found.input === null ? '' : ` 입력값: "${found.input}"`;
  const inputEn = found.input === null ? '' : ` Input: "${found.input}"`;
  const reason = found.reason ? ` (${found.reason.ko})` : '';
  const reasonEn = found.reason ? ` (${found.reason.en})` : '';
  return sheetError(
    sheet,
    cell,
    found.code,
    `${spec.header}${topic(spec.header)} ${found.expected.ko}.${input}${reason}`,
    `${spec.header} (${spec.key}) ${found.expected.en}.${inputEn}${reasonEn}`,
  );
}

export function noteIssue(sheet: string, cell: string, spec: FieldSpec, note: ParseNote): Issue {
  return sheetWarning(
    sheet,
    cell,
    note.code,
    `${spec.header}: ${note.text.ko}`,
    `${spec.header} (${spec.key}): ${note.text.en}`,
  );
}

/** 은 after a final consonant, 는 after a vowel; 은(는) when the word does not end in Hangul. */
export function topic(word: string): string {
  return particle(word, '은', '는');
}

/** 이 after a final consonant, 가 after a vowel. */
export function subject(word: string): string {
  return particle(word, '이', '가');
}

function particle(word: string, afterConsonant: string, afterVowel: string): string {
  const last = word.trim().codePointAt(word.trim().length - 1);
  if (last === undefined || last < 0xac00 || last > 0xd7a3) return `${afterConsonant}(${afterVowel})`;
  return (last - 0xac00) % 28 === 0 ? afterVowel : afterConsonant;
}
