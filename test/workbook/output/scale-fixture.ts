import { compute } from '../../../src/domain/engine';
import type { ComputeResult } from '../../../src/domain/types';
import { agreementRow, engineInput, monthlyPrices } from '../../domain/builders';
import { D } from '../../../src/domain/decimal';

/**
 * A result with many evaluations, some triggered: `items` items of one copper row each, monthly
 * from 2024-02 to 2024-11 (10 dates), the copper price swinging so that about a third trigger.
 */
export function manyEvaluations(items: number): ComputeResult {
  const swings = [9000, 9100, 9950, 9900, 9300, 9250, 10400, 10300, 9200, 9300, 9350, 9400];
  return compute(
    engineInput({
      agreements: Array.from({ length: items }, (_, item) =>
        agreementRow({
          item: `부품-${item + 1}`,
          partNo: `P-${item + 1}`,
          quantityPerUnit: new D(1 + (item % 4) * 0.5),
          cycleMonths: 1,
          firstAdjustment: '2024-02-01',
          threshold: new D(item % 2 === 0 ? '0.05' : '0.1'),
        }),
      ),
      prices: monthlyPrices('전기동', '2024-01', swings),
      asOf: '2024-11-01',
    }),
  );
}
