import type { ComputeFileResult } from './compute-file';
import { issueCounts } from './print-issues';

/** The few lines a person reads after `compute`: what was computed, what was kept, where it went. */
export function computeSummary(run: ComputeFileResult, outputPath: string): string {
  const { outcome } = run;
  const lines = [
    `기준일 (as-of): ${outcome.result.asOf ?? '-'} · 물품 ${outcome.result.items.length}개 · ` +
      `단가 조정 ${outcome.result.adjustments.length}건 · ${issueCounts(outcome.issues)}`,
  ];
  for (const sheet of run.displaced) {
    lines.push(
      sheet.archivedAs === null
        ? `기존 '${sheet.name}' 시트를 새로 계산한 시트로 교체했습니다 (replaced).`
        : `기존 '${sheet.name}' 시트는 '${sheet.archivedAs}'(으)로 이름을 바꿔 보존했습니다 (kept as '${sheet.archivedAs}').`,
    );
  }
  lines.push(
    run.written
      ? `결과 파일 (output): ${outputPath}`
      : '오류가 있어 결과 파일을 만들지 않았습니다. 위 오류를 고친 뒤 다시 실행하세요.\n' +
          '(No output file was written: fix the errors above and run again.)',
  );
  return `${lines.join('\n')}\n`;
}
