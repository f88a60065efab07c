import type { Issue } from '../domain/issues';

const SEVERITY_LABEL: Record<Issue['severity'], string> = { error: '오류', warning: '경고' };

/** "[오류] 연동약정!F7 …" with the English on the next line, indented under the message. */
export function issueLines(issues: readonly Issue[]): string {
  return issues
    .map((issue) => {
      const where = issue.cell === '' ? issue.sheet : `${issue.sheet}!${issue.cell}`;
      const head = `[${SEVERITY_LABEL[issue.severity]}] ${where} `;
      return `${head}${issue.text.ko}\n${' '.repeat(7)}${issue.text.en}\n`;
    })
    .join('');
}

/** "오류 2건, 경고 1건". */
export function issueCounts(issues: readonly Issue[]): string {
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  return `오류 ${errors}건, 경고 ${issues.length - errors}건 (errors ${errors}, warnings ${issues.length - errors})`;
}
