import type { Issue } from '../domain/issues';
import type { ItemOutlook, ItemStatus, MaterialOutlook, Outlook } from '../domain/outlook/outlook';
import type { Standing } from '../domain/outlook/standing';
import { signedWonText, wonText } from '../workbook/grid';
import { remainingText, standingText } from '../workbook/outlook';
import { issueCounts } from './print-issues';
import { type Align, textTable } from './text-table';

const STATUS_TEXT: Record<Exclude<ItemStatus, 'scheduled'>, string> = {
  event: '수시 (event)',
  ended: '종료 (ended)',
  blocked: '오류 (error)',
};

const OUTCOME_TEXT: Record<Standing['outcome'], string> = {
  triggered: '조정 (adjusts)',
  priceUnchanged: '조정 (adjusts)',
  belowThreshold: '미달 (below)',
  wrongDirection: '반대 방향 (wrong way)',
};

/** The outlook for a person: one row per item, a line per material, the shock total. */
export function outlookSummary(outlook: Outlook, issues: readonly Issue[]): string {
  const shocked = outlook.shocks.length > 0;
  const header = ['약정번호', '물품명', '현재 단가', '다음 조정일', '유지 시 단가'];
  if (shocked) header.push('충격 시 단가', '단가 영향', '12개월 납품량', '납품 영향');
  const align: Align[] = ['left', 'left', 'right', 'left', 'right', 'right', 'right', 'right', 'right'];
  const [head = '', ...rows] = textTable(
    [header, ...outlook.items.map((item) => itemCells(item, shocked))],
    align,
  );
  const lines = outlook.items.flatMap((item, index) => [
    rows[index] ?? '',
    ...item.materials.map((material) => `    ${materialLine(material)}`),
  ]);
  const shockList = outlook.shocks
    .map((shock) => `${shock.index} ${shock.rate.isNegative() ? '' : '+'}${shock.rate.times(100).toFixed()}%`)
    .join(', ');
  return [
    `기준일 (as-of): ${outlook.asOf ?? '-'}${shocked ? ` · 충격 (shocks): ${shockList}` : ''}`,
    head,
    ...lines,
    ...(outlook.totalShockEffect === null || outlook.deliveryWindow === null
      ? []
      : [
          `납품 영향 합계 (${outlook.deliveryWindow.from} 초과 ~ ${outlook.deliveryWindow.to} 납품분): ` +
            `${signedWonText(outlook.totalShockEffect)}원 (shock effect on the last 12 months' deliveries)`,
        ]),
    '유지 시 단가: 각 지표의 마지막 가격이 다음 조정일까지 그대로일 때 (latest prices held until the next date).',
    issueCounts(issues),
    '',
  ].join('\n');
}

function itemCells(item: ItemOutlook, shocked: boolean): string[] {
  const next = item.status === 'scheduled' ? (item.nextAdjustment ?? '-') : STATUS_TEXT[item.status];
  const cells = [
    item.agreementId,
    item.item,
    wonText(item.currentUnitPrice),
    next,
    orDash(item.projectedUnitPrice, wonText),
  ];
  if (shocked) {
    cells.push(
      orDash(item.shockedUnitPrice, wonText),
      orDash(item.shockEffect, signedWonText),
      wonText(item.deliveredQuantity, 3),
      orDash(item.deliveredEffect, signedWonText),
    );
  }
  return cells;
}

function materialLine(material: MaterialOutlook): string {
  const name =
    material.material === material.index ? material.material : `${material.material} [${material.index}]`;
  const { standing } = material;
  if (standing === null) return `${name}: -`;
  const currency = material.currency === 'KRW' || material.currency === null ? '' : ` ${material.currency}`;
  const still = standing.outcome === 'triggered' ? '' : `, ${remainingText(standing)} 남음 (to go)`;
  return (
    `${name}: 기준 ${wonText(standing.basePrice)} → ${wonText(standing.comparisonPrice)}${currency} · ` +
    `${standingText(standing, material.threshold, material.direction)} · ${OUTCOME_TEXT[standing.outcome]}${still}`
  );
}

function orDash<T>(value: T | null, text: (value: T) => string): string {
  return value === null ? '-' : text(value);
}
