import type { IsoDate } from '../../domain/dates';
import type { D } from '../../domain/decimal';
import type { AgreementRow } from '../../domain/types';
import { groupThousands, percentText } from '../grid/display-text';

/** One agreement row and what its words need: the index's unit and the base reference day. */
export interface AgreementTerms {
  readonly row: AgreementRow;
  readonly unit: string | null;
  readonly baseReferenceDay: IsoDate;
}

export interface TermLine {
  readonly label: string;
  readonly text: string;
}

/**
 * The ten rows of the standard 연동표 (【첨부1】, DOMAIN §4.4) in the guidebook's words, with
 * this row's own values: 1 목적물, 2 원재료, 3 기준지표, 4 기준시점·비교시점, 5 조정요건,
 * 6 조정주기, 7 조정일, 8 조정대금 반영일, 9 연동 산식, 9.1 반영비율, 10 기타.
 */
export function agreementTermsText(terms: AgreementTerms): TermLine[] {
  const { row } = terms;
  return [
    { label: '1. 연동 대상 목적물등의 명칭', text: row.partNo ? `${row.item} (${row.partNo})` : row.item },
    {
      label: '2. 연동 대상 주요 원재료',
      text: row.costKind === 'energy' ? `${row.material} (주요 에너지경비)` : row.material,
    },
    { label: '3. 원재료 가격의 기준 지표', text: row.index },
    { label: '4. 기준시점 및 비교시점', text: pointsText(terms) },
    { label: '5. 조정요건', text: thresholdText(row) },
    { label: '6. 조정주기', text: cycleText(row) },
    { label: '7. 조정일', text: adjustmentDayText(row) },
    { label: '8. 조정대금 반영일', text: effectiveDayText(row) },
    { label: '9. 연동 산식', text: formulaText(terms) },
    { label: '9.1. 반영비율', text: percentOf(row.reflectionRatio) },
    { label: '10. 기타 사항', text: otherText(row) },
  ];
}

function percentOf(fraction: D): string {
  const text = percentText(fraction, 2);
  return text.replace(/\.00%$/, '%').replace(/(\.\d)0%$/, '$1%');
}

function number(value: D | null): string {
  return value === null ? '-' : groupThousands(value.toFixed());
}

function sharePercent(value: D | null): string {
  return value === null ? '-' : percentOf(value);
}

function monthWords(months: number): string {
  return months === 1 ? '전월' : `직전 ${months}개월`;
}

/** "기준시점: 대금 변경이 있었던 직전 조정일의 전월 평균 (최초: 2024-01 평균)" and the 비교시점. */
function pointsText({ row, baseReferenceDay }: AgreementTerms): string {
  const firstBase = row.basePrice
    ? `최초 ${baseReferenceDay} 기준 ${number(row.basePrice)}으로 합의`
    : `최초 ${row.averagingMonths > 0 ? `${baseReferenceDay.slice(0, 7)}까지 ${row.averagingMonths}개월 평균` : baseReferenceDay}`;
  if (row.cycleMonths === 'event') {
    return [
      `기준시점: 대금 변경이 있었던 직전 조정일의 가격 (${firstBase})`,
      '비교시점: 조정일(새 가격이 고시·체결된 날) 당일의 가격',
    ].join('\n');
  }
  if (row.averagingMonths > 0) {
    const window = monthWords(row.averagingMonths);
    return [
      `기준시점: 대금 변경이 있었던 직전 조정일(대금 변경이 없었던 경우 약정 체결일)의 ${window} 평균 (${firstBase})`,
      `비교시점: 조정일의 ${window} 평균`,
    ].join('\n');
  }
  return [
    `기준시점: 대금 변경이 있었던 직전 조정일(대금 변경이 없었던 경우 약정 체결일)의 전일 가격 (${firstBase})`,
    '비교시점: 조정일 전일의 가격 (그날 이전에 고시된 가장 최근 가격)',
  ].join('\n');
}

function thresholdText(row: AgreementRow): string {
  if (row.threshold.isZero()) {
    return row.direction === 'both'
      ? '모든 경우 (원재료 가격이 변동하면 언제나 조정)'
      : `모든 경우 (${row.direction === 'riseOnly' ? '상승' : '하락'} 시에만 조정)`;
  }
  const limit = percentOf(row.threshold);
  switch (row.direction) {
    case 'both':
      return `기준시점 대비 원재료 가격이 ${limit} 이상 변동(상승 또는 하락)한 경우`;
    case 'riseOnly':
      return `기준시점 대비 원재료 가격이 ${limit} 이상 상승한 경우에만`;
    case 'fallOnly':
      return `기준시점 대비 원재료 가격이 ${limit} 이상 하락한 경우에만`;
  }
}

function cycleText(row: AgreementRow): string {
  switch (row.cycleMonths) {
    case 'event':
      return '수시 (기준 지표의 새 가격이 고시·체결될 때마다)';
    case 1:
      return '1개월';
    case 3:
      return '3개월 (분기)';
    case 6:
      return '6개월 (반기)';
    case 12:
      return '12개월 (연)';
    default:
      return `${row.cycleMonths}개월`;
  }
}

function adjustmentDayText(row: AgreementRow): string {
  const first = row.firstAdjustment;
  if (row.cycleMonths === 'event') {
    return first ? `새 가격이 고시·체결된 날 (${first} 이후)` : '새 가격이 고시·체결된 날';
  }
  if (first === null) return '-';
  const day = Number(first.slice(8, 10));
  const every = row.cycleMonths === 1 ? '매월' : `${row.cycleMonths}개월마다`;
  return `${every} ${day}일 (최초 ${first}${row.contractEnd ? `, ${row.contractEnd}까지` : ''})`;
}

function effectiveDayText(row: AgreementRow): string {
  return row.effectiveLagDays === 0 ? '조정일과 같은 날' : `조정일부터 ${row.effectiveLagDays}일 뒤`;
}

/** The formula in words with the row's values, e.g. "직전 단가 + (비교시점 가격 − 기준시점 가격) × 2 kg × 100%". */
function formulaText({ row, unit }: AgreementTerms): string {
  const ratio = percentOf(row.reflectionRatio);
  const move =
    row.reflectionMode === 'whole'
      ? '(비교시점 가격 − 기준시점 가격)'
      : `부호 × (|비교시점 가격 − 기준시점 가격| − ${percentOf(row.threshold)} × 기준시점 가격)`;
  const moveNote = row.reflectionMode === 'excess' ? '\n(반영방식 초과분: 조정요건을 넘는 부분만 반영)' : '';
  switch (row.formula) {
    case 'quantity': {
      const quantity = `${number(row.quantityPerUnit)}${unit ? ` ${unit}` : ''}`;
      if (row.fxPlacement === 'formula') {
        return (
          `조정 후 단가 = 직전 단가 + (비교시점 가격 × 조정일 환율 − 기준시점 가격 × 기준시점 환율) × ${quantity} × ${ratio}` +
          '\n(환율: 조정일에 고시된 환율, 조정요건은 외화 가격으로 판단)'
        );
      }
      return `조정 후 단가 = 직전 단가 + ${move} × ${quantity} (단위당 투입량) × ${ratio}${moveNote}`;
    }
    case 'share':
      return (
        `조정 후 단가 = 직전 단가 + 최초 단가 ${number(row.unitPrice)}원 × 원재료비중 ${sharePercent(row.materialShare)} × ${move} ÷ 최초 기준시점 가격 × ${ratio}` +
        moveNote
      );
    case 'rate':
      return (
        `조정 후 단가 = 직전에 적용된 단가 × (1 + 기준가격의 변동률 × 원재료비중 ${sharePercent(row.materialShare)} × ${ratio})` +
        '\n변동률 = (비교시점 가격 − 기준시점 가격) ÷ 기준시점 가격' +
        moveNote
      );
  }
}

function otherText(row: AgreementRow): string {
  const step = row.priceDecimals === 0 ? '1원' : `0.${'0'.repeat(row.priceDecimals - 1)}1원`;
  const rounding = { halfUp: '반올림', down: '절사', up: '올림' }[row.rounding];
  const notes = [`납품단가는 ${step} 미만 ${rounding}`];
  if (row.direction !== 'both') {
    notes.push('한 방향으로만 조정하는 약정은 공정위 운영지침상 연동계약으로 보지 않을 수 있음');
  }
  if (row.reflectionRatio.lt(0.5))
    notes.push('반영비율 50% 미만은 과태료 감경 시 연동계약으로 인정되지 않음');
  return notes.join('\n');
}
