import { D } from '../../../src/domain/decimal';
import { compute } from '../../../src/domain/engine';
import type { OutputSheet } from '../../../src/workbook/grid/grid';
import {
  buildPerformanceReport,
  LABEL_NOTE,
  PERFORMANCE_SHEET,
} from '../../../src/workbook/output/performance-report';
import { agreementRow, delivery, engineInput, monthlyPrices } from '../../domain/builders';

/** DOMAIN §4.5: the ministry's 연동 실적 작성표, one row per (adjustment, material) in a period. */

const META = { createdOn: '2024-08-01', fingerprint: 'f'.repeat(64) };

/** Example 6's two-material item with deliveries: steel triggers on 04-01, resin on 07-01. */
function scenario() {
  const common = { item: '브래킷', unitPrice: new D(3000), cycleMonths: 3, firstAdjustment: '2024-04-01' };
  const agreements = [
    agreementRow({ ...common, material: '강판', index: '열연강판', quantityPerUnit: new D('1.5') }),
    agreementRow({ ...common, material: '수지', index: 'PP', quantityPerUnit: new D('0.2') }),
  ];
  const result = compute(
    engineInput({
      agreements,
      prices: [
        ...monthlyPrices('열연강판', '2024-01', [1000, 1100, 1150, 1150, 1150, 1160]),
        ...monthlyPrices('PP', '2024-01', [2000, 2050, 2100, 2150, 2180, 2210]),
      ],
      deliveries: [
        delivery('브래킷', '2024-04-20', 100),
        delivery('브래킷', '2024-05-20', 50),
        delivery('브래킷', '2024-07-15', 40),
      ],
      asOf: '2024-07-01',
    }),
  );
  return { agreements, result };
}

/** Header → column number, and the cells of the data rows under it. */
function table(sheet: OutputSheet) {
  const headerIndex = sheet.rows.findIndex((row) => row[0]?.value === '위탁기업명');
  const headers = (sheet.rows[headerIndex] ?? []).map((cell) => String(cell.value));
  const column = (header: string): number => headers.indexOf(header);
  const data = sheet.rows.slice(headerIndex + 1).filter((row) => row[0]?.value === '한빛전자');
  return { headers, column, data, headerRow: headerIndex + 1 };
}

describe('연동 실적', () => {
  it('has the ministry form’s columns, with 변동률 labelled as it is computed', () => {
    const { agreements, result } = scenario();
    const sheet = buildPerformanceReport(result, agreements, { from: null, to: null }, META);
    expect(sheet.name).toBe(PERFORMANCE_SHEET);
    expect(table(sheet).headers).toEqual([
      '위탁기업명',
      '수탁기업명',
      '약정건수',
      '체결일자',
      '대상물품명',
      '대상원재료',
      '단위',
      '기준지표',
      '기준시점 가격 (a)',
      '비교시점 가격 (b)',
      '변동률 (b−a)/a',
      '조정 전 단가 (e)',
      '조정 후 단가 (f)',
      '조정 단가 (f−e)',
      '산식',
      '조정 후 납품물량 (g)',
      '연동 실적 (f−e)×g',
    ]);
    expect(sheet.rows.flat().some((cell) => cell.value === LABEL_NOTE)).toBe(true);
    expect(LABEL_NOTE).toContain('(a−b)/b');
  });

  it('computes (b − a)/a per material and (f − e) × g once per adjustment, with live formulas', () => {
    const { agreements, result } = scenario();
    const sheet = buildPerformanceReport(result, agreements, { from: null, to: null }, META);
    const { column, data, headerRow } = table(sheet);
    const at = (row: number, header: string) => data[row]?.[column(header)];
    // 04-01: steel 1,000 → 1,150 (+15 %), resin 2,000 → 2,100 (+5 %, not triggered); 3,000 → 3,225.
    expect(data.map((row) => row[column('대상원재료')]?.value)).toEqual(['강판', '수지', '수지', '강판']);
    expect(at(0, '변동률 (b−a)/a')).toMatchObject({
      result: 0.15,
      formula: `(J${headerRow + 1}-I${headerRow + 1})/I${headerRow + 1}`,
    });
    expect(at(1, '변동률 (b−a)/a')?.result).toBe(0.05);
    expect([at(0, '조정 전 단가 (e)')?.value, at(0, '조정 후 단가 (f)')?.value]).toEqual([3000, 3225]);
    expect(at(0, '조정 단가 (f−e)')).toMatchObject({
      result: 225,
      formula: `M${headerRow + 1}-L${headerRow + 1}`,
    });
    // g = 100 + 50 delivered before the next adjustment; (f − e) × g = 225 × 150 = 33,750.
    expect(at(0, '조정 후 납품물량 (g)')?.value).toBe(150);
    expect(at(0, '연동 실적 (f−e)×g')).toMatchObject({ result: 33750 });
    // The second material of the same adjustment carries no item figures: nothing is counted twice.
    expect([at(1, '조정 전 단가 (e)')?.value, at(1, '연동 실적 (f−e)×g')?.value]).toEqual([null, null]);
    // 07-01: 3,225 → 3,267 (resin +10.5 % against its unchanged base), g = 40 → 1,680.
    expect(at(2, '조정 단가 (f−e)')?.result).toBe(42);
    expect(at(2, '연동 실적 (f−e)×g')?.result).toBe(1680);
    const total = sheet.rows.find((row) => row[0]?.value === '합계');
    expect(total?.find((cell) => cell.formula !== undefined)).toMatchObject({ result: 35430 });
  });

  it('keeps only the adjustments dated in the period', () => {
    const { agreements, result } = scenario();
    const july = buildPerformanceReport(result, agreements, { from: '2024-05-01', to: null }, META);
    expect(table(july).data.map((row) => row[table(july).column('대상원재료')]?.value)).toEqual([
      '수지',
      '강판',
    ]);
    const none = buildPerformanceReport(result, agreements, { from: '2025-01-01', to: '2025-12-31' }, META);
    expect(table(none).data).toEqual([]);
    expect(none.rows.flat().some((cell) => cell.value === '기간 안에 단가 조정이 없습니다.')).toBe(true);
  });
});
