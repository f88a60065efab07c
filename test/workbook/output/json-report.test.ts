import fc from 'fast-check';
import { D } from '../../../src/domain/decimal';
import { issue } from '../../../src/domain/issues';
import { toJsonReport } from '../../../src/workbook/output/json-report';
import {
  adjust,
  exampleOne,
  MOTOR,
  resultOf,
  shareExcessTwoMaterials,
  twoAdjustmentsOfOneItem,
} from './fixtures';

const JSON_ISSUE_KEYS = ['severity', 'sheet', 'cell', 'code', 'message', 'messageEn'];

describe('toJsonReport', () => {
  it('writes DOMAIN example 1 in the §5 shape, amounts as decimal strings', () => {
    const found = issue({
      severity: 'warning',
      code: 'THRESHOLD_ABOVE_LEGAL',
      at: { sheet: '연동약정', cell: 'Q2' },
      text: { ko: '조정요건이 10%를 넘습니다.', en: 'Threshold above 10 %.' },
    });
    const report = toJsonReport(exampleOne(), [found], 'ab'.repeat(32));
    expect(report).toEqual({
      asOf: '2024-04-01',
      adjustments: [
        {
          agreementId: 'A-001',
          item: '모터 하우징',
          partNo: 'MH-100',
          adjustmentDate: '2024-04-01',
          effectiveDate: '2024-04-01',
          unitPriceBefore: '10000',
          unitPriceAfter: '12160',
          materials: [
            {
              material: '구리',
              index: 'LME 구리',
              basePrice: '9000',
              comparisonPrice: '10080',
              changeRate: '0.12',
              triggered: true,
              outcome: 'triggered',
              costKind: 'material',
              formula: 'quantity',
              currency: 'KRW',
              unitPriceDelta: '2160',
            },
          ],
          deliveries: [],
        },
      ],
      evaluations: [
        {
          agreementId: 'A-001',
          item: '모터 하우징',
          adjustmentDate: '2024-04-01',
          material: '구리',
          index: 'LME 구리',
          basePrice: '9000',
          comparisonPrice: '10080',
          changeRate: '0.12',
          triggered: true,
          outcome: 'triggered',
          costKind: 'material',
          formula: 'quantity',
          currency: 'KRW',
          unitPriceDelta: '2160',
        },
      ],
      issues: [
        {
          severity: 'warning',
          sheet: '연동약정',
          cell: 'Q2',
          code: 'THRESHOLD_ABOVE_LEGAL',
          message: '조정요건이 10%를 넘습니다.',
          messageEn: 'Threshold above 10 %.',
        },
      ],
      fingerprint: 'ab'.repeat(32),
    });
    expect(Object.keys(report)).toEqual(['asOf', 'adjustments', 'evaluations', 'issues', 'fingerprint']);
  });

  it('lists deliveries and untriggered materials and evaluations', () => {
    const report = toJsonReport(shareExcessTwoMaterials(), [], 'x');
    const [adjustment] = report.adjustments;
    expect(
      adjustment?.materials.map((m) => [m.material, m.triggered, m.unitPriceDelta, m.changeRate]),
    ).toEqual([
      ['강판', true, '1200', '0.125'],
      ['수지', false, '0', '0.05'],
    ]);
    expect(adjustment?.deliveries).toEqual([
      {
        date: '2024-07-10',
        quantity: '100',
        unitPriceBefore: '50000',
        unitPriceAfter: '51200',
        amountBefore: '5000000',
        amountAfter: '5120000',
        adjustmentAmount: '120000',
      },
      {
        date: '2024-08-05',
        quantity: '50',
        unitPriceBefore: '50000',
        unitPriceAfter: '51200',
        amountBefore: '2500000',
        amountAfter: '2560000',
        adjustmentAmount: '60000',
      },
    ]);
    const quiet = toJsonReport(twoAdjustmentsOfOneItem(), [], 'x').evaluations;
    expect(quiet.map((e) => [e.adjustmentDate, e.triggered, e.unitPriceDelta])).toEqual([
      ['2024-04-01', true, '2160'],
      ['2024-07-01', false, '0'],
      ['2024-10-01', true, '-2016'],
    ]);
    expect(toJsonReport(twoAdjustmentsOfOneItem(), [], 'x').adjustments[1]?.materials[0]?.changeRate).toBe(
      '-0.1',
    );
  });

  it('keeps every issue with its cell and both languages', () => {
    const issues = [
      issue({
        severity: 'error',
        code: 'OUT_OF_RANGE',
        at: { sheet: '원재료가격', cell: 'C7' },
        text: { ko: '가격은 0보다 커야 합니다.', en: 'Price must be positive.' },
      }),
      issue({
        severity: 'warning',
        code: 'MISSING_SHEET',
        at: { sheet: '연동약정', cell: '' },
        text: { ko: '시트가 없습니다.', en: 'Sheet missing.' },
      }),
    ];
    const json = toJsonReport(resultOf('2024-04-01', []), issues, 'x').issues;
    expect(json).toEqual([
      {
        severity: 'error',
        sheet: '원재료가격',
        cell: 'C7',
        code: 'OUT_OF_RANGE',
        message: '가격은 0보다 커야 합니다.',
        messageEn: 'Price must be positive.',
      },
      {
        severity: 'warning',
        sheet: '연동약정',
        cell: '',
        code: 'MISSING_SHEET',
        message: '시트가 없습니다.',
        messageEn: 'Sheet missing.',
      },
    ]);
    expect(json.map((entry) => Object.keys(entry))).toEqual([JSON_ISSUE_KEYS, JSON_ISSUE_KEYS]);
  });

  it('never writes an exponent and rounds the change rate to six decimals', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 ** 9 }),
        fc.integer({ min: -12, max: 12 }),
        fc.integer({ min: 1, max: 10 ** 6 }),
        (digits, exponent, quantityMicros) => {
          const base = new D(digits).times(new D(10).pow(exponent));
          const comparison = base.times(1.37).plus(new D(10).pow(-20));
          const quantity = new D(quantityMicros).dividedBy(10 ** 6).toFixed();
          const result = resultOf('2024-04-01', [
            adjust(MOTOR, {
              sequence: 1,
              adjustmentDate: '2024-04-01',
              unitPriceBefore: '10000',
              materials: [
                {
                  material: '구리',
                  index: 'LME 구리',
                  quantity,
                  base: base.toFixed(),
                  comparison: comparison.toFixed(),
                  threshold: '0.1',
                },
              ],
            }),
          ]);
          const [material] = toJsonReport(result, [], 'x').adjustments[0]?.materials ?? [];
          for (const text of [material?.basePrice, material?.comparisonPrice, material?.unitPriceDelta]) {
            expect(text).toMatch(/^-?\d+(\.\d+)?$/);
            expect(new D(text ?? 'NaN').isFinite()).toBe(true);
          }
          expect(new D(material?.comparisonPrice ?? '0').eq(comparison)).toBe(true);
          expect(material?.changeRate).toBe('0.37');
        },
      ),
    );
  });
});
