import { ZERO as ZERO_RATE } from '../domain/decimal';
import { signedPercentText, signedWonText, wonText } from '../workbook/grid';
import { issueCounts } from './print-issues';
import type { RunSummary } from '../workbook/run';
import { materialTermsText, itemMaterialTerms, itemSummaryKey, summarizeResult } from '../workbook/output';
import { textTable } from './text-table';

/**
 * The demo's report: one line per item (first and current unit price), then the totals. The
 * sums are for reading only; every figure in the workbook comes from the engine.
 */
export function demoSummary(outcome: RunSummary, inputPath: string, outputPath: string | null): string {
  const { result } = outcome;
  const summary = summarizeResult(result);
  const terms = itemMaterialTerms(result.items, result.evaluations);
  const header = ['약정번호', '물품명', '원재료', '최초 단가', '현재 단가', '변동률', '조정'];
  const rows = result.items.map((item) => [
    item.agreementId,
    item.item,
    (terms.get(itemSummaryKey(item.agreementId, item.item)) ?? []).map(materialTermsText).join(', ') ||
      item.materials.join(', '),
    wonText(item.originalUnitPrice),
    wonText(item.currentUnitPrice),
    signedPercentText(summary.itemChangeRates.get(itemSummaryKey(item.agreementId, item.item)) ?? ZERO_RATE),
    `${item.adjustmentCount}회`,
  ]);
  const table = textTable([header, ...rows], ['left', 'left', 'left', 'right', 'right', 'right', 'right']);
  return [
    '납품대금 연동 계산 예시 (yeondong demo)',
    `입력 (input): ${inputPath}`,
    `기준일 (as-of): ${result.asOf ?? '-'}`,
    '',
    ...table,
    '',
    `물품 ${summary.itemCount}개 · 단가 조정 ${summary.adjustmentCount}건 · ` +
      `검토 ${summary.evaluationCount}건 · ${issueCounts(outcome.issues)}`,
    `단가 변동 합계 (현재 − 최초, 물품별 단가의 합): ${signedWonText(summary.unitPriceChangeTotal)}원`,
    `납품실적 조정금액 합계 (adjustment owed on deliveries): ${signedWonText(summary.deliveryAdjustmentTotal)}원`,
    outputPath === null
      ? '오류가 있어 결과 파일을 만들지 않았습니다. (No output file: the input has errors.)'
      : `결과 파일 (output): ${outputPath}`,
    '',
  ].join('\n');
}
