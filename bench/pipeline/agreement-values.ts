import { dateToSerial } from '../../src/workbook/input/values';
import { indexName, MATERIALS_PER_ITEM } from './sizes';

/** One 연동약정 row by template header; dates as serials, percentages as fractions. */
export interface AgreementLine {
  readonly values: Readonly<Record<string, string | number>>;
  readonly formats: Readonly<Record<string, string>>;
}

export function agreementLine(row: number, indices: number): AgreementLine {
  const item = Math.floor(row / MATERIALS_PER_ITEM);
  const material = row % MATERIALS_PER_ITEM;
  return {
    values: {
      약정번호: `B-${Math.floor(item / 5)}`,
      위탁기업: '위탁(주)',
      수탁기업: '수탁(주)',
      물품명: `물품-${item}`,
      약정일: dateToSerial('2024-01-01'),
      계약시작일: dateToSerial('2024-01-01'),
      계약종료일: dateToSerial('2025-01-31'),
      납품대금: 600_000_000,
      위탁기업규모: '중견기업',
      연동제외합의: 'N',
      납품단가: 10_000 + (item % 1000) * 10,
      원재료: `원재료-${material}`,
      기준지표: indexName((row * 7) % indices),
      산식: '투입량',
      단위당투입량: 2.5 + (row % 5) * 0.5,
      기준시점: dateToSerial('2024-01-01'),
      조정요건: 0.05,
      조정주기: '월',
      첫조정일: dateToSerial('2024-02-01'),
      반영비율: 0.8,
      반영방식: '전액',
      평균개월: 0,
      반영일수: 0,
      단가소수점: 0,
      단가반올림: '반올림',
    },
    formats: AGREEMENT_FORMATS,
  };
}

/** The number formats of the 연동약정 columns that hold dates and percentages. */
export const AGREEMENT_FORMATS: Readonly<Record<string, string>> = {
  약정일: 'yyyy-mm-dd',
  계약시작일: 'yyyy-mm-dd',
  계약종료일: 'yyyy-mm-dd',
  기준시점: 'yyyy-mm',
  첫조정일: 'yyyy-mm-dd',
  조정요건: '0.0%',
  반영비율: '0.0%',
};
