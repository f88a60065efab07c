import { D } from '../../../src/domain/decimal';
import { compute } from '../../../src/domain/engine';
import { OUTCOME_LABEL, reviewReason } from '../../../src/workbook/output/review-reason';
import { agreementRow, engineInput, monthlyPrices } from '../../domain/builders';

/** The 연동 검토내역 says why a 0 %, one-directional or 변동률 row moved the price or not (§4.3). */

function reasons(overrides: Parameters<typeof agreementRow>[0], prices: number[]): string[] {
  const result = compute(
    engineInput({
      agreements: [agreementRow({ cycleMonths: 1, firstAdjustment: '2024-03-01', ...overrides })],
      prices: monthlyPrices('전기동', '2024-01', prices),
      asOf: '2024-05-01',
    }),
  );
  return result.evaluations.map(
    (evaluation) => `${OUTCOME_LABEL[evaluation.outcome]} | ${reviewReason(evaluation)}`,
  );
}

describe('review reasons for the standard agreement rules', () => {
  it('0 %: every move moves the price; an unchanged index changes nothing', () => {
    expect(reasons({ threshold: new D(0) }, [9000, 9090, 9090, 9000])).toEqual([
      '발동 | 변동률 +1.00% ≥ 조정요건 0.00% (모든 경우) — 단가 +180원',
      '발동, 단가 불변 | 변동률 0.00% ≥ 조정요건 0.00% (모든 경우) — 단가 0원, 반올림 후 단가가 그대로라 조정 없음, 기준가격 유지',
      '발동 | 변동률 -0.99%, 변동폭 0.99% ≥ 조정요건 0.00% (모든 경우) — 단가 -180원',
    ]);
  });

  it('a change that rounds away keeps the base, and says so', () => {
    expect(
      reasons(
        { unitPrice: new D(1000), quantityPerUnit: new D('0.0004'), threshold: new D('0.05') },
        [9000, 9900, 10800, 10800],
      ).slice(0, 2),
    ).toEqual([
      '발동, 단가 불변 | 변동률 +10.00% ≥ 조정요건 5.00% — 단가 +0.36원, 반올림 후 단가가 그대로라 조정 없음, 기준가격 유지',
      '발동 | 변동률 +20.00% ≥ 조정요건 5.00% — 단가 +0.72원',
    ]);
  });

  it('상승만: a fall is named as the wrong direction; no move with t = 0 is named as no move', () => {
    expect(reasons({ direction: 'riseOnly', threshold: new D(0) }, [9000, 7920, 7920, 10080])).toEqual([
      '미발동 (조정방향) | 변동률 -12.00% — 조정방향 상승만: 하락은 미반영, 기준가격 유지',
      '미발동 (조정방향) | 변동률 -12.00% — 조정방향 상승만: 하락은 미반영, 기준가격 유지',
      '발동 | 변동률 +12.00% ≥ 조정요건 0.00% (모든 경우) — 단가 +2,160원',
    ]);
    expect(reasons({ direction: 'fallOnly', threshold: new D(0) }, [9000, 9000])[0]).toBe(
      '미발동 | 변동률 0.00% — 변동 없음, 기준가격 유지',
    );
  });

  it('변동률 names its formula', () => {
    const rate = {
      formula: 'rate',
      quantityPerUnit: null,
      materialShare: new D('0.5'),
      unitPrice: new D(20000),
    } as const;
    expect(reasons({ ...rate, threshold: new D('0.05') }, [1000, 1100]).slice(0, 1)).toEqual([
      '발동 | 변동률 +10.00% ≥ 조정요건 5.00% — 단가 +1,000원 (변동률 산식: 직전 단가 × 변동률 × 비중)',
    ]);
  });
});
