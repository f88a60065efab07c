import { addDays, type IsoDate } from '../../src/domain/dates';
import { dateToSerial } from '../../src/workbook/input/values';
import { AGREEMENT_FORMATS } from '../pipeline/agreement-values';

/**
 * The shape: 2 agreement rows (materials) per item, 4 indices with daily prices
 * 2022-01-01 … 2025-12-31, monthly cycles from 2023-03-01, every row of one agreement with one
 * supplier, computed `--as-of 2025-12-01` (34 adjustment dates per row).
 */
export const SCALING_SIZES = [1_000, 2_000, 4_000, 8_000, 16_000, 32_000] as const;
export const MATERIALS_PER_ITEM = 2;
export const INDICES = 4;
export const FIRST_DAY: IsoDate = '2022-01-01';
export const LAST_DAY: IsoDate = '2025-12-31';
export const AS_OF: IsoDate = '2025-12-01';
export const ADJUSTMENT_DATES = 34;

export function indexName(index: number): string {
  return `지표-${index + 1}`;
}

/** A daily price that drifts and swings, so that some monthly comparisons cross the threshold. */
export function dailyPrice(index: number, day: number): number {
  const base = 1_000 * (index + 1) + 250;
  const swing = 0.08 * Math.sin(day / 120 + index) + 0.015 * Math.sin(day / 13 + 2 * index);
  return Math.round(base * (1 + swing + 0.00005 * day) * 100) / 100;
}

export function* priceDays(): Generator<{ day: number; date: IsoDate }> {
  let date = FIRST_DAY;
  for (let day = 0; date <= LAST_DAY; day += 1, date = addDays(date, 1)) yield { day, date };
}

/** One 연동약정 row by template header: dates as serials, percentages as fractions, with formats. */
export function agreementValues(row: number): {
  values: Record<string, string | number>;
  formats: Record<string, string>;
} {
  const item = Math.floor(row / MATERIALS_PER_ITEM);
  const material = row % MATERIALS_PER_ITEM;
  return {
    values: {
      약정번호: 'HB-2023-001',
      위탁기업: '한빛전자(주)',
      수탁기업: '세진금속(주)',
      물품명: `부품-${String(item + 1).padStart(6, '0')}`,
      품번: `P${item + 1}`,
      약정일: dateToSerial('2023-01-02'),
      계약시작일: dateToSerial('2023-01-02'),
      계약종료일: dateToSerial('2025-12-31'),
      납품대금: 1_500_000_000,
      위탁기업규모: '중견기업',
      연동제외합의: 'N',
      납품단가: 20_000 + (item % 997) * 15,
      원재료: material === 0 ? '구리' : '알루미늄',
      기준지표: indexName((item + material) % INDICES),
      원가구분: '원재료',
      산식: '투입량',
      단위당투입량: 1 + (item % 7) * 0.25 + material * 0.5,
      기준시점: dateToSerial('2023-02-01'),
      조정요건: material === 0 ? 0.03 : 0.05,
      조정주기: '월',
      첫조정일: dateToSerial('2023-03-01'),
      반영비율: 1,
      반영방식: '전액',
      조정방향: '양방향',
      평균개월: 0,
      반영일수: 0,
      단가소수점: 0,
      단가반올림: '반올림',
    },
    formats: {
      ...AGREEMENT_FORMATS,
      납품단가: '#,##0',
      납품대금: '#,##0',
    },
  };
}
