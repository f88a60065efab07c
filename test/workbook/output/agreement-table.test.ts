import { D } from '../../../src/domain/decimal';
import { buildAgreementTable } from '../../../src/workbook/output/agreement-table';
import type { OutputSheet } from '../../../src/workbook/grid/grid';
import { agreementRow, day, month } from '../../domain/builders';

/** DOMAIN §4.4: the 【첨부1】 연동표, ten rows per agreement row in the standard words. */

const META = { createdOn: '2026-11-25', unitOf: (index: string) => (index === '동' ? 'kg' : null) };

/** Label → text of the first block whose item is `item`. */
function block(sheet: OutputSheet, item: string): Record<string, string> {
  const start = sheet.rows.findIndex(
    (row) => row[0]?.value === '1. 연동 대상 목적물등의 명칭' && String(row[1]?.value).startsWith(item),
  );
  const lines: Record<string, string> = {};
  for (const row of sheet.rows.slice(start, start + 11)) lines[String(row[0]?.value)] = String(row[1]?.value);
  return lines;
}

describe('연동표 (【첨부1】)', () => {
  // The guidebook's 작성예시 1 (모든 경우, 전월 평균, 0.01원 절사) and a 변동률 energy row of another agreement.
  const example = agreementRow({
    item: '동 케이블',
    partNo: 'CC-001',
    unitPrice: new D(25000),
    material: '동',
    index: '동',
    basePoint: month('2022-12'),
    threshold: new D(0),
    cycleMonths: 1,
    firstAdjustment: '2023-02-01',
    averagingMonths: 1,
    priceDecimals: 2,
    rounding: 'down',
  });
  const energy = agreementRow({
    agreementId: 'A-002',
    supplier: '세진전장',
    item: '기판',
    material: '전력',
    index: '전력',
    costKind: 'energy',
    formula: 'rate',
    quantityPerUnit: null,
    materialShare: new D('0.12'),
    threshold: new D('0.03'),
    direction: 'riseOnly',
    reflectionRatio: new D('0.4'),
    cycleMonths: 'event',
    firstAdjustment: null,
    basePoint: day('2024-02-01'),
  });
  const sheet = buildAgreementTable([example, energy], META);

  it('writes the ten rows of the guidebook’s 작성예시 1 with its own values', () => {
    expect(block(sheet, '동 케이블')).toEqual({
      '1. 연동 대상 목적물등의 명칭': '동 케이블 (CC-001)',
      '2. 연동 대상 주요 원재료': '동',
      '3. 원재료 가격의 기준 지표': '동',
      '4. 기준시점 및 비교시점':
        '기준시점: 대금 변경이 있었던 직전 조정일(대금 변경이 없었던 경우 약정 체결일)의 전월 평균 (최초 2022-12까지 1개월 평균)\n비교시점: 조정일의 전월 평균',
      '5. 조정요건': '모든 경우 (원재료 가격이 변동하면 언제나 조정)',
      '6. 조정주기': '1개월',
      '7. 조정일': '매월 1일 (최초 2023-02-01)',
      '8. 조정대금 반영일': '조정일과 같은 날',
      '9. 연동 산식':
        '조정 후 단가 = 직전 단가 + (비교시점 가격 − 기준시점 가격) × 2 kg (단위당 투입량) × 100%',
      '9.1. 반영비율': '100%',
      '10. 기타 사항': '납품단가는 0.01원 미만 절사',
    });
  });

  it('words a 변동률 energy row, 수시, one direction and a low ratio as the agreement reads', () => {
    const lines = block(sheet, '기판');
    expect(lines['2. 연동 대상 주요 원재료']).toBe('전력 (주요 에너지경비)');
    expect(lines['5. 조정요건']).toBe('기준시점 대비 원재료 가격이 3% 이상 상승한 경우에만');
    expect(lines['6. 조정주기']).toBe('수시 (기준 지표의 새 가격이 고시·체결될 때마다)');
    expect(lines['9. 연동 산식']).toBe(
      '조정 후 단가 = 직전에 적용된 단가 × (1 + 기준가격의 변동률 × 원재료비중 12% × 40%)\n변동률 = (비교시점 가격 − 기준시점 가격) ÷ 기준시점 가격',
    );
    expect(lines['10. 기타 사항']).toContain('연동계약으로 보지 않을 수 있음');
    expect(lines['10. 기타 사항']).toContain('반영비율 50% 미만');
  });

  it('starts each agreement on a new page, closes it with a signature block, and prints at a readable scale', () => {
    expect(sheet.name).toBe('연동표');
    expect(sheet.print.rowBreaks).toHaveLength(1);
    const signatures = sheet.rows.filter((row) => String(row[1]?.value).startsWith('(인)'));
    expect(signatures.map((row) => row[0]?.value)).toEqual([
      '위탁기업: 한빛전자',
      '수탁기업: 대성정밀',
      '위탁기업: 한빛전자',
      '수탁기업: 세진전장',
    ]);
    const breakRow = sheet.print.rowBreaks?.[0] ?? 0;
    expect(String(sheet.rows[breakRow - 1]?.[0]?.value)).toBe('수탁기업: 대성정밀');
    expect(sheet.print.scale).toBeGreaterThanOrEqual(90);
    // Wrapped text gets the height of its lines: the two-line 기준시점 row is taller than one line.
    const pointsRow = sheet.rows.findIndex((row) => row[0]?.value === '4. 기준시점 및 비교시점');
    expect(sheet.rowHeights?.[pointsRow]).toBeGreaterThanOrEqual(30);
  });
});
