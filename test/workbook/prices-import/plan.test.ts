import fc from 'fast-check';
import { D } from '../../../src/domain/decimal';
import type { WorkbookGrids } from '../../../src/workbook/grid/grid';
import {
  applySheetEdits,
  HISTORY_SHEET,
  NO_HINTS,
  NO_OPTIONS,
  parseTextSource,
  prepareImport,
  type ImportedObservation,
  type ParsedSource,
} from '../../../src/workbook/prices-import';
import { planImport } from '../../../src/workbook/prices-import/import-plan';
import { grid } from '../input/grid-helpers';
import { AGREEMENT, agreementSheet } from '../input/sample-sheets';

const TODAY = '2026-01-05';

const PRICES = grid('원재료가격', [
  ['기준지표', '일자', '가격'],
  ['철강', '2024-01', 1000],
  ['철강', '2024-02', 1010],
]);

function csv(file: string, text: string): ParsedSource {
  return parseTextSource(file, text, NO_OPTIONS, NO_HINTS);
}

function cellsOf(grids: WorkbookGrids, name: string): unknown[][] {
  const grid = grids.sheets.find((s) => s.name === name);
  return grid ? grid.cells.map((row) => row.map((cell) => cell.value)) : [];
}

describe('planImport', () => {
  test('new rows go below the table with 출처 and 가져온 날짜 columns added right of the header', () => {
    const plan = planImport(
      { sheets: [PRICES] },
      csv('a.csv', '지표,일자,가격\n철강,2024-03,1020\n').observations,
      TODAY,
    );
    expect(plan.problems).toEqual([]);
    const after = applySheetEdits({ sheets: [PRICES] }, plan.edits);
    expect(cellsOf(after, '원재료가격')).toEqual([
      ['기준지표', '일자', '가격', '출처', '가져온 날짜'],
      ['철강', '2024-01', 1000],
      ['철강', '2024-02', 1010],
      ['철강', 45352, 1020, 'a.csv · 철강', 46027],
    ]);
  });

  test('repeats within and across files count once; two values for one date are an error naming both and write nothing for it', () => {
    const first = csv('a.csv', '지표,일자,가격\n철강,2024-03,1020\n철강,2024-03,1020\n철강,2024-04,1030\n');
    const second = csv('b.csv', '지표,일자,가격\n철강,2024-03,1020\n철강,2024-04,1031\n');
    const preview = prepareImport({ sheets: [PRICES] }, [first, second], TODAY);
    expect(preview.plan.duplicates).toBe(2);
    expect(preview.plan.additions.map((a) => a.observation.point.date)).toEqual(['2024-03-01']);
    expect(preview.problems).toHaveLength(1);
    expect(preview.problems[0]?.spot).toEqual({ file: 'b.csv', line: 3, column: 3 });
    expect(preview.problems[0]?.text.en).toBe(
      "the value 1031 of '철강' on 2024-04-01 differs from 1030 at a.csv line 4, column 3; fix one and import again (this date was not imported)",
    );
    expect(preview.hasErrors).toBe(true);
  });

  test('a date before 1900 is named by file, line and column and left out, not a crash', () => {
    const source = csv('old.csv', '지표,일자,가격\n철강,1899-05-01,100\n철강,2024-05-01,1040\n');
    const preview = prepareImport({ sheets: [PRICES] }, [source], TODAY);
    // The observation's spot (its value, as every problem of an observation names it); the text names the date.
    expect(preview.problems.map((p) => [p.spot, p.text.en])).toEqual([
      [
        { file: 'old.csv', line: 2, column: 3 },
        'the date must be 1900-01-01 or later (Excel holds no earlier date); found 1899-05-01',
      ],
    ]);
    expect(preview.hasErrors).toBe(true);
    expect(preview.plan.additions.map((a) => a.observation.point.date)).toEqual(['2024-05-01']);
  });

  test('a value in another currency than the sheet gives the index is refused', () => {
    const usd = parseTextSource(
      'u.csv',
      '일자,가격\n2024-03,5\n',
      { ...NO_OPTIONS, indexName: '철강', priceCurrency: 'USD' },
      NO_HINTS,
    );
    const plan = planImport({ sheets: [PRICES] }, usd.observations, TODAY);
    expect(plan.edits).toEqual([]);
    expect(plan.problems[0]?.text.en).toBe(
      "'철강' is in KRW in the '원재료가격' sheet but this value is in USD; an index keeps one currency",
    );
  });

  test('a missing 환율 sheet is created with its header', () => {
    const fx = csv('fx.csv', '통화,일자,환율\nUSD,2024-03-15,"1,328.5"\n');
    const plan = planImport({ sheets: [PRICES] }, fx.observations, TODAY);
    expect(plan.edits.map((e) => [e.sheet, e.create])).toEqual([['환율', true]]);
    const after = applySheetEdits({ sheets: [PRICES] }, plan.edits);
    expect(cellsOf(after, '환율')).toEqual([
      ['통화', '일자', '환율', '출처', '가져온 날짜'],
      ['USD', 45366, 1328.5, 'fx.csv · USD', 46027],
    ]);
  });

  test('a revision changes the cell in place and keeps the old value in 가격 변경 이력', () => {
    const revised = csv('r.csv', '지표,일자,가격\n철강,2024-02,1015.5\n');
    const plan = planImport({ sheets: [PRICES] }, revised.observations, TODAY);
    expect(plan.revisions.map((r) => [r.cell, r.before.toFixed(), r.observation.value.toFixed()])).toEqual([
      ['C3', '1010', '1015.5'],
    ]);
    const after = applySheetEdits({ sheets: [PRICES] }, plan.edits);
    expect(cellsOf(after, '원재료가격')[2]).toEqual(['철강', '2024-02', 1015.5, 'r.csv · 철강', 46027]);
    expect(cellsOf(after, HISTORY_SHEET)).toEqual([
      ['변경일', '시트', '셀', '기준지표·통화', '일자', '이전 값', '새 값', '이전 출처', '새 출처'],
      [46027, '원재료가격', 'C3', '철강', 45323, 1010, 1015.5, '', 'r.csv · 철강'],
    ]);
    // A second revision appends below the first: the history is never rewritten.
    const again = planImport(after, csv('s.csv', '지표,일자,가격\n철강,2024-02,1016\n').observations, TODAY);
    const history = again.edits.find((e) => e.sheet === HISTORY_SHEET);
    expect(history?.create).toBe(false);
    expect(history?.cells.map((c) => c.row)).toEqual(new Array(9).fill(3));
  });

  test('importing what the workbook already holds plans nothing, for any monthly series (property)', () => {
    const value = fc
      .tuple(fc.integer({ min: 1, max: 99_999_999 }), fc.integer({ min: 0, max: 4 }))
      .map(([digits, scale]) => new D(digits).div(new D(10).pow(scale)));
    const series = fc.uniqueArray(fc.record({ month: fc.integer({ min: 0, max: 59 }), value }), {
      selector: (entry) => entry.month,
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(series, (entries) => {
        const observations: ImportedObservation[] = entries.map(({ month, value: price }) => {
          const year = 2020 + Math.floor(month / 12);
          const date = `${year}-${String((month % 12) + 1).padStart(2, '0')}-01`;
          return {
            kind: 'price',
            series: '니켈',
            point: { date, granularity: 'month' },
            value: price,
            currency: 'KRW',
            unit: null,
            source: 'p.csv · 니켈',
            spot: { file: 'p.csv', line: 2, column: 3 },
          };
        });
        const first = planImport({ sheets: [PRICES] }, observations, TODAY);
        expect(first.additions).toHaveLength(entries.length);
        const after = applySheetEdits({ sheets: [PRICES] }, first.edits);
        const second = planImport(after, observations, TODAY);
        expect(second.edits).toEqual([]);
        expect(second.unchanged).toBe(entries.length);
      }),
      { numRuns: 60 },
    );
  });

  test('a revision that moves an evaluation but no adjustment lists no adjustment and counts the evaluation', () => {
    const agreements = agreementSheet({
      ...AGREEMENT,
      약정번호: 'T-1',
      위탁기업: '갑',
      수탁기업: '을',
      물품명: '브래킷',
      원재료: '철강',
      기준지표: '철강',
      조정요건: '10%',
      조정주기: '월',
      첫조정일: '2024-03-01',
    });
    // A March price lets the engine evaluate 2024-03-01 (the as-of is the last date every price covers).
    const prices = grid('원재료가격', [
      ...PRICES.cells.map((row) => row.map((cell) => cell.value as string | number)),
      ['철강', '2024-03', 1000],
    ]);
    const grids = { sheets: [agreements, prices] };
    // 1,010 → 1,050 is +5 % against the base 1,000: still below the 10 % threshold.
    const preview = prepareImport(grids, [csv('r.csv', '지표,일자,가격\n철강,2024-02,1050\n')], TODAY);
    expect(preview.affected).toEqual([]);
    expect(preview.changedEvaluations).toBe(1);
    const triggered = prepareImport(grids, [csv('r.csv', '지표,일자,가격\n철강,2024-02,1100\n')], TODAY);
    expect(triggered.affected.map((a) => [a.adjustmentDate, a.before, a.after?.unitPriceAfter])).toEqual([
      ['2024-03-01', null, '10200'],
    ]);
  });
});
