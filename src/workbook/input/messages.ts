import { type Bilingual, type Issue, type IssueInput, ISSUE, issue, type Place } from '../../domain/issues';
import type { FieldSpec } from './schema';
import type { ParseNote, ParseProblem } from './values';

/**
 * Messages of the input side. Every one starts with where: "연동약정 시트 F7: ", so that a
 * reader can go to the cell without knowing anything else.
 */

function where({ sheet, cell }: Place): Bilingual {
  return cell === ''
    ? { ko: `${sheet} 시트`, en: `sheet ${sheet}` }
    : { ko: `${sheet} 시트 ${cell}`, en: `sheet ${sheet} ${cell}` };
}

/** An error of the input side: the text, led by where it is. */
export function sheetError(input: IssueInput): Issue {
  return issue({ severity: 'error', ...located(input) });
}

export function sheetWarning(input: IssueInput): Issue {
  return issue({ severity: 'warning', ...located(input) });
}

function located({ code, at, text }: IssueInput): IssueInput {
  const place = where(at);
  return { code, at, text: { ko: `${place.ko}: ${text.ko}`, en: `${place.en}: ${text.en}` } };
}

/** `연동약정 시트 F7: 약정일은 날짜여야 합니다 (예: 2024-03-15). 입력값: "2024-13-45" (달력에 없는 날짜입니다)` */
export function problemIssue(sheet: string, cell: string, spec: FieldSpec, found: ParseProblem): Issue {
  if (found.code === ISSUE.REQUIRED_VALUE) {
    return sheetError({
      code: found.code,
      at: { sheet, cell },
      text: {
        ko: `${spec.header}${topic(spec.header)} 필수 항목인데 비어 있습니다. ${found.expected.ko}`,
        en: `${spec.header} (${spec.key}) is required but empty; it ${found.expected.en}`,
      },
    });
  }
  const input = found.input === null ? '' : ` 입력값: "${found.input}"`;
  const inputEn = found.input === null ? '' : ` Input: "${found.input}"`;
  const reason = found.reason ? ` (${found.reason.ko})` : '';
  const reasonEn = found.reason ? ` (${found.reason.en})` : '';
  return sheetError({
    code: found.code,
    at: { sheet, cell },
    text: {
      ko: `${spec.header}${topic(spec.header)} ${found.expected.ko}.${input}${reason}`,
      en: `${spec.header} (${spec.key}) ${found.expected.en}.${inputEn}${reasonEn}`,
    },
  });
}

export function noteIssue(sheet: string, cell: string, spec: FieldSpec, note: ParseNote): Issue {
  return sheetWarning({
    code: note.code,
    at: { sheet, cell },
    text: { ko: `${spec.header}: ${note.text.ko}`, en: `${spec.header} (${spec.key}): ${note.text.en}` },
  });
}

/** 은 after a final consonant, 는 after a vowel; 은(는) when the word does not end in Hangul. */
function topic(word: string): string {
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
