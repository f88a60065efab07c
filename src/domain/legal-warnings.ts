import { D } from './decimal';
import { floatOf } from './fast-threshold';
import { daysBetween } from './dates';
import { type Issue, warning } from './issues';
import { cellOf } from './origin';
import type { AgreementRow } from './types';

/** 상생협력법 thresholds (DOMAIN §1): warnings about an agreement, never reasons to refuse. */
/** A key material or energy cost is at least this share of the unit price. */
export const KEY_MATERIAL_SHARE = new D('0.1');
const GYEONGGI_MATERIAL_SHARE = new D('0.05');
const MAX_LEGAL_THRESHOLD = new D('0.1');
const MIN_RECOGNISED_RATIO = new D('0.5');
const EXEMPT_AMOUNT = new D('100000000');
const SHORT_CONTRACT_DAYS = 90;
const HUNDRED = new D(100);

/** Exemptions, checked once per agreement on its first row. */
export function agreementWarnings(first: AgreementRow): Issue[] {
  const { origin } = first;
  const issues: Issue[] = [];
  const note = ' 연동 의무 대상이 아니지만 자율 연동은 가능하므로 계산은 계속합니다.';
  const noteEn = ' Indexation is not mandatory, but may be applied voluntarily; the calculation proceeds.';
  if (first.buyerSize === 'small') {
    issues.push(
      warning(
        origin.sheet,
        cellOf(origin, 'buyerSize'),
        'EXEMPT_SMALL_BUYER',
        `약정 "${first.agreementId}": 위탁기업이 소기업입니다(상생협력법 적용 제외).${note}`,
        `Agreement "${first.agreementId}": the buyer is a small enterprise (statutory exemption).${noteEn}`,
      ),
    );
  }
  if (first.contractStart !== null && first.contractEnd !== null) {
    const days = daysBetween(first.contractStart, first.contractEnd) + 1;
    if (days <= SHORT_CONTRACT_DAYS) {
      issues.push(
        warning(
          origin.sheet,
          cellOf(origin, 'contractEnd'),
          'EXEMPT_SHORT_CONTRACT',
          `약정 "${first.agreementId}": 계약기간이 ${days}일로 90일 이내입니다(적용 제외).${note}`,
          `Agreement "${first.agreementId}": the contract lasts ${days} days, 90 or fewer (statutory exemption).${noteEn}`,
        ),
      );
    }
  }
  if (first.contractAmount !== null && first.contractAmount.lte(EXEMPT_AMOUNT)) {
    issues.push(
      warning(
        origin.sheet,
        cellOf(origin, 'contractAmount'),
        'EXEMPT_SMALL_AMOUNT',
        `약정 "${first.agreementId}": 납품대금이 1억원 이하입니다(적용 제외; 경기도형은 5천만원 이상 인정).${note}`,
        `Agreement "${first.agreementId}": the delivery price is 100,000,000 KRW or less (statutory exemption; the Gyeonggi programme accepts 50,000,000 or more).${noteEn}`,
      ),
    );
  }
  if (first.optedOut) {
    issues.push(
      warning(
        origin.sheet,
        cellOf(origin, 'optedOut'),
        'EXEMPT_OPTED_OUT',
        `약정 "${first.agreementId}": 연동하지 않기로 합의했습니다(적용 제외, 사유를 서면으로 남겨야 합니다).${note}`,
        `Agreement "${first.agreementId}": the parties agreed in writing not to index (exemption; the reason must be recorded).${noteEn}`,
      ),
    );
  }
  return issues;
}

/**
 * Per material row (DOMAIN §1): threshold above the legal 10 % (법 제2조13), ratio below 50 %
 * (시행령 별표3), one-directional adjustment (공정위 운영지침 2025-02-03), and a share below the 10 %
 * of a key material or key energy cost.
 */
export function materialWarnings(row: AgreementRow, share: D | null): Issue[] {
  const { origin } = row;
  const issues: Issue[] = [];
  const aboveLegal = compared(row.threshold, MAX_LEGAL_THRESHOLD) > 0;
  const belowHalf = compared(row.reflectionRatio, MIN_RECOGNISED_RATIO) < 0;
  const belowKey = share !== null && share.lt(KEY_MATERIAL_SHARE);
  if (!aboveLegal && !belowHalf && row.direction === 'both' && !belowKey) return issues;
  const subject = `${row.item} / ${row.material}`;
  if (aboveLegal) {
    issues.push(
      warning(
        origin.sheet,
        cellOf(origin, 'threshold'),
        'THRESHOLD_ABOVE_LEGAL',
        `조정요건 ${percent(row.threshold)}가 법정 상한 10%를 넘습니다 (${subject}, 상생협력법 제2조제13호).`,
        `Threshold ${percent(row.threshold)} exceeds the statutory maximum of 10 % (${subject}).`,
      ),
    );
  }
  if (belowHalf) {
    issues.push(
      warning(
        origin.sheet,
        cellOf(origin, 'reflectionRatio'),
        'RATIO_BELOW_HALF',
        `반영비율 ${percent(row.reflectionRatio)}가 50% 미만이라 과태료 감경 등에서 연동계약으로 인정되지 않습니다 (${subject}, 시행령 별표3).`,
        `A reflection ratio of ${percent(row.reflectionRatio)} is below 50 %: not recognised as an indexation contract for penalty relief (${subject}).`,
      ),
    );
  }
  if (row.direction !== 'both') {
    const [ko, en] = row.direction === 'riseOnly' ? ['상승', 'rises'] : ['하락', 'falls'];
    issues.push(
      warning(
        origin.sheet,
        cellOf(origin, 'direction'),
        'ONE_DIRECTION_ONLY',
        `원재료 가격 ${ko} 때만 조정하는 약정은 연동계약으로 보지 않습니다 (${subject}, 공정위 하도급대금 연동제 운영지침). 계산은 약정대로 합니다.`,
        `An agreement that adjusts only when prices ${en} is not an indexation contract under the KFTC guideline (${subject}); computed as agreed.`,
      ),
    );
  }
  if (share !== null && belowKey && row.costKind === 'energy') {
    const shown = percent(share);
    issues.push(
      warning(
        origin.sheet,
        cellOf(origin, row.formula === 'quantity' ? 'quantityPerUnit' : 'materialShare'),
        'ENERGY_SHARE_BELOW_KEY',
        `에너지경비 "${row.material}"의 비중이 ${shown}로 주요 에너지경비 기준(10% 이상)에 못 미칩니다.`,
        `Energy cost "${row.material}" is ${shown} of the unit price, below the 10 % of a key energy cost.`,
      ),
    );
  } else if (share !== null && belowKey) {
    const gyeonggi = share.gte(GYEONGGI_MATERIAL_SHARE)
      ? ' 경기도형 기준(5% 이상)은 충족합니다.'
      : ' 경기도형 기준(5%)에도 못 미칩니다.';
    const shown = percent(share);
    issues.push(
      warning(
        origin.sheet,
        cellOf(origin, row.formula === 'quantity' ? 'quantityPerUnit' : 'materialShare'),
        'MATERIAL_SHARE_BELOW_KEY',
        `원재료 "${row.material}"의 비중이 ${shown}로 주요 원재료 기준(10% 이상)에 못 미칩니다.${gyeonggi}`,
        `Material "${row.material}" is ${shown} of the unit price, below the 10 % of a key material.`,
      ),
    );
  }
  return issues;
}

/**
 * The sign of value − limit: from doubles where they differ by far more than their error
 * (floatOf: 7u; the margin here is 2⁻⁴⁰), else from decimal.js (also for a 0 threshold).
 */
function compared(value: D, limit: D): number {
  const float = floatOf(value);
  const bound = LIMIT_FLOATS.get(limit) ?? floatOf(limit);
  if (float < bound * (1 - SURE_MARGIN)) return -1;
  if (float > bound * (1 + SURE_MARGIN)) return 1;
  return value.comparedTo(limit);
}

const SURE_MARGIN = 2 ** -40;
/** The limits above as doubles, worked out once. */
const LIMIT_FLOATS = new Map<D, number>(
  [MAX_LEGAL_THRESHOLD, MIN_RECOGNISED_RATIO].map((limit) => [limit, floatOf(limit)]),
);

function percent(fraction: D): string {
  return `${fraction.times(HUNDRED).toDecimalPlaces(2).toFixed()}%`;
}
