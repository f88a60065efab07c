import type { AffectedAdjustment, ImportPreview } from '../workbook/prices-import';
import { problemLine } from '../workbook/prices-import';

/** Bad rows of the files, one per problem, Korean then English. */
export function importProblemLines(preview: ImportPreview): string {
  return preview.problems.map((problem) => `${problemLine(problem)}\n`).join('');
}

/** Counts: added per sheet, revised, already present, repeated, missing. */
export function importCounts(preview: ImportPreview): string {
  const { plan } = preview;
  const bySheet = new Map<string, number>();
  for (const addition of plan.additions) bySheet.set(addition.sheet, (bySheet.get(addition.sheet) ?? 0) + 1);
  const added = [...bySheet].map(([sheet, count]) => `'${sheet}' ${count}행`).join(', ') || '0행';
  return (
    `추가 ${added} · 변경 ${plan.revisions.length}건 · 이미 있음 ${plan.unchanged}건 · 중복 ${plan.duplicates}건 · 빈 값(-) ${preview.missing}건\n` +
    `(added ${plan.additions.length}, revised ${plan.revisions.length}, already present ${plan.unchanged}, ` +
    `repeated ${plan.duplicates}, missing values ${preview.missing})\n`
  );
}

/** Each revised value (old → new, where) and each adjustment whose numbers change. */
export function revisionLines(preview: ImportPreview): string {
  const lines = ['바뀌는 값 (values revised):'];
  for (const revision of preview.plan.revisions) {
    const { observation } = revision;
    lines.push(
      `  ${revision.sheet}!${revision.cell} ${observation.series} ${observation.point.date}: ` +
        `${revision.before.toFixed()} → ${observation.value.toFixed()} (${observation.source})`,
    );
  }
  lines.push(
    `영향받는 조정 ${preview.affected.length}건 (adjustments whose numbers change: ${preview.affected.length}):`,
  );
  for (const adjustment of preview.affected) lines.push(`  ${affectedLine(adjustment)}`);
  if (preview.affected.length === 0) lines.push('  없음 (none)');
  lines.push(
    `숫자가 달라지는 평가(연동 검토내역) ${preview.changedEvaluations}건 (evaluations whose numbers change, triggered or not: ${preview.changedEvaluations})`,
  );
  return `${lines.join('\n')}\n`;
}

function affectedLine(adjustment: AffectedAdjustment): string {
  const head = `${adjustment.agreementId} · ${adjustment.item} · ${adjustment.adjustmentDate}: 조정 후 단가 (unit price after) `;
  if (adjustment.before === null) return `${head}새 조정 (new) → ${adjustment.after?.unitPriceAfter ?? ''}`;
  if (adjustment.after === null)
    return `${head}${adjustment.before.unitPriceAfter} → 조정 없음 (no adjustment)`;
  return `${head}${adjustment.before.unitPriceAfter} → ${adjustment.after.unitPriceAfter}`;
}
