import { D } from '../../src/domain/decimal';
import { compute } from '../../src/domain/engine';
import type { AgreementRow } from '../../src/domain/types';
import { agreementRow, engineInput, monthlyPrices } from './builders';

/** DOMAIN §1: the standard agreement's legal checks are cell-addressed warnings, never refusals. */

const CELLS = {
  threshold: 'T7',
  reflectionRatio: 'W7',
  direction: 'Y7',
  quantityPerUnit: 'P7',
  materialShare: 'Q7',
};

function warningsFor(overrides: Partial<AgreementRow>) {
  const row = agreementRow(overrides);
  const result = compute(
    engineInput({
      agreements: [{ ...row, origin: { sheet: '연동약정', row: 7, cells: CELLS } }],
      prices: monthlyPrices('전기동', '2024-01', [9000, 9500, 10080]),
      asOf: '2024-04-01',
    }),
  );
  expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  // Warnings never stop the calculation.
  expect(result.adjustments).toHaveLength(overrides.direction === 'fallOnly' ? 0 : 1);
  return result.issues.map((issue) => `${issue.code} ${issue.sheet}!${issue.cell}`);
}

describe('legal warnings of the standard agreement', () => {
  it('none for a plain agreement (10 %, ratio 100 %, both ways, share 180 %)', () => {
    expect(warningsFor({})).toEqual([]);
  });

  it('조정요건 above 10 % (법 제2조13), but not at 10 % or 0 %', () => {
    expect(warningsFor({ threshold: new D('0.1001') })).toEqual(['THRESHOLD_ABOVE_LEGAL 연동약정!T7']);
    expect(warningsFor({ threshold: new D('0.1') })).toEqual([]);
    expect(warningsFor({ threshold: new D(0) })).toEqual([]);
  });

  it('반영비율 below 50 % (시행령 별표3), but not at 50 %', () => {
    expect(warningsFor({ reflectionRatio: new D('0.49') })).toEqual(['RATIO_BELOW_HALF 연동약정!W7']);
    expect(warningsFor({ reflectionRatio: new D('0.5') })).toEqual([]);
  });

  it('one-directional adjustment either way (공정위 운영지침 2025-02-03)', () => {
    expect(warningsFor({ direction: 'riseOnly' })).toEqual(['ONE_DIRECTION_ONLY 연동약정!Y7']);
    expect(warningsFor({ direction: 'fallOnly' })).toEqual(['ONE_DIRECTION_ONLY 연동약정!Y7']);
  });

  it('an energy cost below 10 % of the price is not a key energy cost; a material says material', () => {
    // 0.1 kWh × 9,000 = 900 of 10,000: 9 %.
    const small = { quantityPerUnit: new D('0.1') };
    expect(warningsFor({ ...small, costKind: 'energy' })).toEqual(['ENERGY_SHARE_BELOW_KEY 연동약정!P7']);
    expect(warningsFor({ ...small, costKind: 'material' })).toEqual(['MATERIAL_SHARE_BELOW_KEY 연동약정!P7']);
    expect(warningsFor({ quantityPerUnit: new D('0.12'), costKind: 'energy' })).toEqual([]);
  });

  it('변동률 and 비중 rows are judged by their 원재료비중', () => {
    const rate = { formula: 'rate', quantityPerUnit: null } as const;
    expect(warningsFor({ ...rate, materialShare: new D('0.08'), costKind: 'energy' })).toEqual([
      'ENERGY_SHARE_BELOW_KEY 연동약정!Q7',
    ]);
    expect(warningsFor({ ...rate, materialShare: new D('0.3') })).toEqual([]);
  });
});
