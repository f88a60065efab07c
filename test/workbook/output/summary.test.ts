import { D } from '../../../src/domain/decimal';
import { compute } from '../../../src/domain/engine';
import { itemSummaryKey, summarizeResult } from '../../../src/workbook/output/summary';
import { agreementRow, delivery, engineInput, monthlyPrices } from '../../domain/builders';

describe('run summary', () => {
  it('sums unit-price changes and delivery adjustments per agreement', () => {
    const result = compute(
      engineInput({
        agreements: [
          agreementRow(),
          agreementRow({
            agreementId: 'B-002',
            item: '단자',
            unitPrice: new D(5000),
            quantityPerUnit: new D(1),
          }),
        ],
        prices: monthlyPrices('전기동', '2024-01', [9000, 9500, 10080, 10080]),
        deliveries: [
          delivery('동 케이블', '2024-04-10', 10),
          delivery('동 케이블', '2024-03-31', 99),
          delivery('단자', '2024-04-20', 3, 'B-002'),
        ],
        asOf: '2024-04-01',
      }),
    );
    const summary = summarizeResult(result);
    // 동 케이블 10,000 → 12,160; 단자 5,000 → 6,080.
    expect(summary.unitPriceChangeTotal.toFixed()).toBe('3240');
    expect(
      summary.deliveryAdjustmentByAgreement.map(({ agreementId, total }) => [agreementId, total.toFixed()]),
    ).toEqual([
      ['A-001', '21600'],
      ['B-002', '3240'],
    ]);
    expect(summary.deliveryAdjustmentTotal.toFixed()).toBe('24840');
    expect(summary.itemChangeRates.get(itemSummaryKey('B-002', '단자'))?.toFixed()).toBe('0.216');
    expect([summary.itemCount, summary.adjustmentCount, summary.evaluationCount]).toEqual([2, 2, 2]);
  });
});
