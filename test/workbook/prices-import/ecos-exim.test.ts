import fc from 'fast-check';
import iconv from 'iconv-lite';
import { D } from '../../../src/domain/decimal';
import { decodeCp949 } from '../../../src/adapters/xlsx';
import {
  decodeTextBytes,
  NO_HINTS,
  NO_OPTIONS,
  parseTextSource,
  problemLine,
  type ImportOptions,
  type ParsedSource,
} from '../../../src/workbook/prices-import';
import { ecosPeriod } from '../../../src/workbook/prices-import/periods';

function parse(file: string, text: string, options: Partial<ImportOptions> = {}): ParsedSource {
  return parseTextSource(file, text, { ...NO_OPTIONS, ...options }, NO_HINTS);
}

function values(source: ParsedSource): [string, string, string, string][] {
  return source.observations.map((o) => [o.series, o.point.date, o.point.granularity, o.value.toFixed()]);
}

const ecosRow = (TIME: string, DATA_VALUE: string, ITEM_CODE1 = '*AA') => ({
  STAT_CODE: '404Y014',
  STAT_NAME: '4.1.1.1. 생산자물가지수(기본분류)',
  ITEM_CODE1,
  ITEM_NAME1: '총지수',
  ITEM_CODE2: null,
  ITEM_NAME2: null,
  UNIT_NAME: '2020=100',
  WGT: null,
  TIME,
  DATA_VALUE,
});

const ecos = (rows: unknown[]) =>
  JSON.stringify({ StatisticSearch: { list_total_count: rows.length, row: rows } }, null, 2);

describe('ECOS StatisticSearch', () => {
  test('monthly, quarterly, half-yearly, annual and daily TIME; "-" is a missing value', () => {
    const source = parse(
      'ecos.json',
      ecos([
        ecosRow('202401', '118.52'),
        ecosRow('202402', '-'),
        ecosRow('2024Q2', '119.1'),
        ecosRow('2024S2', '120'),
        ecosRow('2023', '1,117.3'),
        ecosRow('20240315', '121.05'),
      ]),
    );
    expect(source.problems).toEqual([]);
    expect(source.missing).toBe(1);
    expect(values(source)).toEqual([
      ['총지수', '2024-01-01', 'month', '118.52'],
      ['총지수', '2024-04-01', 'month', '119.1'],
      ['총지수', '2024-07-01', 'month', '120'],
      ['총지수', '2023-01-01', 'month', '1117.3'],
      ['총지수', '2024-03-15', 'day', '121.05'],
    ]);
    expect(source.observations.map((o) => o.source)).toEqual([
      'ecos.json · ECOS 404Y014/*AA',
      'ecos.json · ECOS 404Y014/*AA · 2024Q2',
      'ecos.json · ECOS 404Y014/*AA · 2024S2',
      'ecos.json · ECOS 404Y014/*AA · 2023',
      'ecos.json · ECOS 404Y014/*AA',
    ]);
    expect(source.observations[0]?.unit).toBe('2020=100');
  });

  test('a quarter is dated on the first day of its first month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 4 }), (year, quarter) => {
        const month = String(3 * quarter - 2).padStart(2, '0');
        expect(ecosPeriod(`${year}Q${quarter}`)).toEqual({
          date: `${year}-${month}-01`,
          granularity: 'month',
        });
      }),
    );
    expect(ecosPeriod('2024Q5')).toBeNull();
    expect(ecosPeriod('20240230')).toBeNull();
    expect(ecosPeriod('202413')).toBeNull();
  });

  test('bad rows are named by file, line and column of the JSON text', () => {
    const text = ecos([ecosRow('202401', '118.52'), ecosRow('2024M3', '1'), ecosRow('202404', 'n.a.x')]);
    const source = parse('ppi.json', text);
    const lines = text.split('\n');
    const timeLine = lines.findIndex((line) => line.includes('"2024M3"')) + 1;
    const valueLine = lines.findIndex((line) => line.includes('"n.a.x"')) + 1;
    expect(source.problems.map((p) => [p.spot.line, p.spot.column, p.spot.path])).toEqual([
      [timeLine, 9, 'StatisticSearch.row[1].TIME'],
      [valueLine, 9, 'StatisticSearch.row[2].DATA_VALUE'],
    ]);
    expect(problemLine(source.problems[0]!)).toContain(
      `ppi.json ${timeLine}행 9열 (StatisticSearch.row[1].TIME): TIME은`,
    );
    expect(problemLine(source.problems[1]!)).toContain(
      `ppi.json line ${valueLine}, column 9 (StatisticSearch.row[2].DATA_VALUE): the price must be a number greater than 0`,
    );
  });

  test('--index names a single series only; ECOS error answers are reported', () => {
    const two = parse('two.json', ecos([ecosRow('202401', '1', '*AA'), ecosRow('202401', '2', '*BB')]), {
      indexName: '총지수',
    });
    expect(two.observations).toEqual([]);
    expect(two.problems[0]?.text.en).toContain('the file holds 2 series (404Y014/*AA, 404Y014/*BB)');
    const answer = parse(
      'none.json',
      '{"RESULT":{"CODE":"INFO-200","MESSAGE":"해당하는 데이터가 없습니다."}}',
    );
    expect(answer.problems[0]?.text.ko).toBe(
      'ECOS가 자료 대신 결과를 보냈습니다: INFO-200 해당하는 데이터가 없습니다.',
    );
    const broken = parse('broken.json', '{\n  "StatisticSearch": {\n    "row": [],\n  }\n}');
    expect([broken.problems[0]?.spot.line, broken.problems[0]?.spot.column]).toEqual([4, 3]);
  });

  test('the CSV download, with English or Korean column names, in CP949 or UTF-8 with BOM', () => {
    const english =
      'STAT_CODE,ITEM_CODE1,ITEM_NAME1,UNIT_NAME,TIME,DATA_VALUE\n404Y014,*AA,총지수,2020=100,2024Q1,"1,118.5"\n404Y014,*AA,총지수,2020=100,2024Q2,-\n';
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(english, 'utf-8')]);
    const decoded = decodeTextBytes(bom, decodeCp949);
    expect(decoded.encoding).toBe('utf-8 (BOM)');
    const fromBom = parse('ecos.csv', decoded.text);
    expect(values(fromBom)).toEqual([['총지수', '2024-01-01', 'month', '1118.5']]);
    expect(fromBom.missing).toBe(1);
    const korean =
      '통계표코드,통계항목코드1,통계항목명1,단위,시점,값\n404Y014,*AA,총지수 힣,2020=100,2024,117.1\n';
    const cp949 = decodeTextBytes(iconv.encode(korean, 'cp949'), decodeCp949);
    expect(cp949.encoding).toBe('cp949');
    expect(values(parse('ecos.csv', cp949.text))).toEqual([['총지수 힣', '2024-01-01', 'month', '117.1']]);
  });
});

describe('Export-Import Bank exchange rates', () => {
  const rates = (entries: object[]) => JSON.stringify(entries, null, 1);

  test('KRW per one unit: JPY(100) and IDR(100) divided exactly; thousands separators; KRW left out', () => {
    const source = parse(
      'rates.json',
      rates([
        { result: 1, cur_unit: 'KRW', deal_bas_r: '1' },
        { result: 1, cur_unit: 'JPY(100)', deal_bas_r: '1,001.23' },
        { result: 1, cur_unit: 'IDR(100)', deal_bas_r: '8.47' },
        { result: 1, cur_unit: 'USD', deal_bas_r: '1,328.5' },
      ]),
      { fxDate: '2024-03-15' },
    );
    expect(source.problems).toEqual([]);
    expect(source.observations.map((o) => [o.kind, o.series, o.point.date, o.value.toFixed()])).toEqual([
      ['fx', 'JPY', '2024-03-15', '10.0123'],
      ['fx', 'IDR', '2024-03-15', '0.0847'],
      ['fx', 'USD', '2024-03-15', '1328.5'],
    ]);
    expect(source.observations[0]?.value.eq(new D('1001.23').div(100))).toBe(true);
    expect(source.observations[0]?.source).toBe('rates.json · 수출입은행 JPY(100) · JPY(100) ÷ 100');
  });

  test('--only keeps some currencies; the date comes from the file name; an error answer is named', () => {
    const entries = [
      { result: 1, cur_unit: 'USD', deal_bas_r: '1,328.5' },
      { result: 1, cur_unit: 'EUR', deal_bas_r: '1,450.1' },
    ];
    const only = parse('exim_20240102.json', rates(entries), { currencies: ['EUR'] });
    expect(values(only)).toEqual([['EUR', '2024-01-02', 'day', '1450.1']]);
    const undated = parse('rates.json', rates(entries));
    expect(undated.problems[0]?.text.en).toContain('give the date with --date YYYY-MM-DD');
    const refused = parse('r.json', rates([{ result: 3, cur_unit: '', deal_bas_r: '' }]), {
      fxDate: '2024-01-02',
    });
    expect(refused.problems[0]?.text.ko).toBe(
      'result가 3입니다 (인증코드 오류). 환율이 담긴 응답이 아닙니다',
    );
    expect(refused.problems[0]?.spot.line).toBe(3);
  });

  test('any rate with thousands separators, quoted per 1 or per 100, is read exactly (property)', () => {
    const rate = fc
      .tuple(fc.bigInt({ min: 1n, max: 99_999_999n }), fc.integer({ min: 0, max: 2 }))
      .map(([digits, scale]) => new D(digits.toString()).div(new D(10).pow(scale)));
    fc.assert(
      fc.property(rate, fc.constantFrom('', '(100)'), (value, per) => {
        const [whole, fraction] = value.toFixed().split('.');
        const grouped =
          (whole ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction ? `.${fraction}` : '');
        const source = parse('r.json', rates([{ result: 1, cur_unit: `JPY${per}`, deal_bas_r: grouped }]), {
          fxDate: '2024-03-15',
        });
        const expected = per === '' ? value : value.div(100);
        expect(source.observations[0]?.value.toFixed()).toBe(expected.toFixed());
      }),
      { numRuns: 200 },
    );
  });
});
