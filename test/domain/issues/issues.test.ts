import { D } from '../../../src/domain/decimal';
import { compute } from '../../../src/domain/engine';
import { engineIssue, engineText, ISSUE, issue } from '../../../src/domain/issues';
import { PriceBook } from '../../../src/domain/price-book';
import { agreementRow, dailyPrice, engineInput, monthlyFx, monthlyPrices } from '../builders';

const HANGUL = /[\uac00-\ud7a3]/;

describe('the issue registry', () => {
  it('names every code by itself, so a code read back from a report is the registry key', () => {
    for (const [key, code] of Object.entries(ISSUE)) expect(code).toBe(key);
  });

  it('has one code for one index quoted in two currencies', () => {
    expect(Object.keys(ISSUE).filter((code) => code.includes('CURRENCY_MIXED'))).toEqual([]);
  });

  it('builds an issue from an object: the place, the code and both texts', () => {
    expect(
      issue({
        severity: 'error',
        code: ISSUE.FX_MISSING,
        at: { sheet: '연동약정', cell: 'S2' },
        text: { ko: '환율이 없습니다.', en: 'No FX rate.' },
      }),
    ).toEqual({
      severity: 'error',
      sheet: '연동약정',
      cell: 'S2',
      code: 'FX_MISSING',
      text: { ko: '환율이 없습니다.', en: 'No FX rate.' },
    });
  });

  it('renders an engine code from its fields, Korean first and English second', () => {
    const raised = engineIssue({
      severity: 'warning',
      code: 'EXEMPT_SHORT_CONTRACT',
      at: { sheet: '연동약정', cell: 'H3' },
      fields: { agreementId: 'A-9', days: 61 },
    });
    expect(raised).toMatchObject({
      severity: 'warning',
      sheet: '연동약정',
      cell: 'H3',
      code: 'EXEMPT_SHORT_CONTRACT',
    });
    expect(raised.text.ko).toContain('약정 "A-9": 계약기간이 61일로 90일 이내입니다');
    expect(raised.text.en).toContain('Agreement "A-9": the contract lasts 61 days');
    expect(HANGUL.test(raised.text.ko)).toBe(true);
  });

  it('says which FX rate is missing: a month of the window, a day, or the whole currency', () => {
    const texts = [
      engineText('FX_MISSING', {
        index: 'LME',
        currency: 'USD',
        missing: { month: '2024-02', window: '2024-01~2024-03' },
      }),
      engineText('FX_MISSING', { index: 'LME', currency: 'USD', missing: { onOrBefore: '2024-02-14' } }),
      engineText('FX_MISSING', { index: 'LME', currency: 'USD', missing: 'series' }),
    ];
    expect(texts.map((text) => text.en)).toEqual([
      'No USD FX rate for 2024-02 (index "LME", averaging window 2024-01~2024-03).',
      'No USD FX rate on or before 2024-02-14 (index "LME").',
      'Index "LME" is quoted in USD but the 환율 sheet has no USD rate.',
    ]);
    expect(texts.every((text) => HANGUL.test(text.ko))).toBe(true);
  });

  it('reports an index in two currencies as MIXED_CURRENCY at the stray row’s currency cell', () => {
    const stray = dailyPrice('LME', '2024-02-10', 9000, 'EUR');
    const { issues } = PriceBook.build([dailyPrice('LME', '2024-01-10', 9000, 'USD'), stray], []);
    expect(issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'MIXED_CURRENCY',
        sheet: '원재료가격',
        cell: `A${stray.origin.row}`,
      }),
    ]);
    expect(issues[0]?.text.en).toBe(
      'Index "LME" mixes currencies (USD, EUR); one index must use one currency.',
    );
  });

  it('gives every issue of a run a code of the registry and a text in both languages', () => {
    const result = compute(
      engineInput({
        agreements: [
          agreementRow({
            index: 'LME',
            threshold: new D('0.2'),
          }),
        ],
        prices: monthlyPrices('LME', '2024-01', [9000, 9100, 9200], 'USD'),
        fxRates: monthlyFx('USD', '2024-03', [1300]),
      }),
    );
    expect(result.issues.length).toBeGreaterThan(0);
    for (const found of result.issues) {
      expect(Object.keys(ISSUE)).toContain(found.code);
      expect(HANGUL.test(found.text.ko)).toBe(true);
      expect(found.text.en.trim()).not.toBe('');
    }
  });
});
