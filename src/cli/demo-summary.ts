import { D, ZERO } from '../domain/decimal';
import type { ComputeResult } from '../domain/types';
import { signedPercentText, signedWonText, wonText } from '../workbook/display-text';
import { issueCounts } from './print-issues';
import type { RunOutcome } from '../workbook/run';
import { textTable } from './text-table';

/**
 * The demo's report: one line per item (first and current unit price), then the totals. The
 * sums are for reading only; every figure in the workbook comes from the engine.
 */
export function demoSummary(outcome: RunOutcome, inputPath: string, outputPath: string | null): string {
  const { result } = outcome;
  const header = ['약정번호', '물품명', '원재료', '최초 단가', '현재 단가', '변동률', '조정'];
  const rows = result.items.map((item) => [
    item.agreementId,
    item.item,
    item.materials.join(', '),
    wonText(item.originalUnitPrice),
    wonText(item.currentUnitPrice),
    signedPercentText(item.currentUnitPrice.minus(item.originalUnitPrice).dividedBy(item.originalUnitPrice)),
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
    `물품 ${result.items.length}개 · 단가 조정 ${result.adjustments.length}건 · ` +
      `검토 ${result.evaluations.length}건 · ${issueCounts(outcome.issues)}`,
    `단가 변동 합계 (현재 − 최초, 물품별 단가의 합): ${signedWonText(unitPriceChangeTotal(result))}원`,
    `납품실적 조정금액 합계 (adjustment owed on deliveries): ${signedWonText(deliveryAdjustmentTotal(result))}원`,
    outputPath === null
      ? '오류가 있어 결과 파일을 만들지 않았습니다. (No output file: the input has errors.)'
      : `결과 파일 (output): ${outputPath}`,
    '',
  ].join('\n');
}

function unitPriceChangeTotal(result: ComputeResult): D {
  return result.items.reduce(
    (sum, item) => sum.plus(item.currentUnitPrice.minus(item.originalUnitPrice)),
    ZERO,
  );
}

function deliveryAdjustmentTotal(result: ComputeResult): D {
  return result.adjustments
    .flatMap((adjustment) => adjustment.deliveries)
    .reduce((sum, delivery) => sum.plus(delivery.adjustmentAmount), ZERO);
}
