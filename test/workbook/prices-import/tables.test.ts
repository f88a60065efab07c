import {
  decodeTextBytes,
  NO_HINTS,
  NO_OPTIONS,
  parseGridSource,
  parseTextSource,
  type ImportOptions,
  type LayoutHints,
  type ParsedSource,
} from '../../../src/workbook/prices-import';
import { D } from '../../../src/domain/decimal';
import type { SheetGrid } from '../../../src/workbook/grid/grid';

function parse(
  text: string,
  options: Partial<ImportOptions> = {},
  hints: LayoutHints = NO_HINTS,
): ParsedSource {
  return parseTextSource('t.csv', text, { ...NO_OPTIONS, ...options }, hints);
}

const rows = (source: ParsedSource) =>
  source.observations.map((o) => [o.kind, o.series, o.point.date, o.value.toFixed(), o.currency, o.unit]);

describe('long and wide tables', () => {
  test('a long table pasted from a web page (TSV) with currency and unit', () => {
    const source = parse(
      '지표\t일자\t가격\t통화\t단위\nLME 구리\t2024.3.1\t8,540.5\tUSD\tUSD/t\nLME 구리\t2024-04\t—\tUSD\tUSD/t\n',
    );
    expect(source.problems).toEqual([]);
    expect(rows(source)).toEqual([['price', 'LME 구리', '2024-03-01', '8540.5', 'USD', 'USD/t']]);
    expect(source.missing).toBe(1);
  });

  test('--index stands in for a missing index column; --currency for a missing 통화 column; the scale changes the unit', () => {
    const source = parse('일자,가격,단위\n2024-05,"9,800",USD/t\n', {
      indexName: '구리',
      priceCurrency: 'USD',
      scale: new D('0.001'),
    });
    expect(rows(source)).toEqual([['price', '구리', '2024-05-01', '9.8', 'USD', 'USD/t × 0.001']]);
  });

  test('a long rate table goes to 환율', () => {
    const source = parse('통화,일자,환율\nUSD,2024-03-15,"1,328.5"\nJPY,2024-03-15,8.9317\n');
    expect(rows(source)).toEqual([
      ['fx', 'USD', '2024-03-15', '1328.5', 'USD', null],
      ['fx', 'JPY', '2024-03-15', '8.9317', 'JPY', null],
    ]);
  });

  test('a wide table: one date column, one column per index, "-" skipped; bad cells named by line and column', () => {
    const source = parse(
      '기간,철강,알루미늄\n2024-01,"1,000",-\n2024-02,1010,2050\n2024-02-30,1,2\n2024-03,0,x\n',
    );
    expect(rows(source)).toEqual([
      ['price', '철강', '2024-01-01', '1000', 'KRW', null],
      ['price', '철강', '2024-02-01', '1010', 'KRW', null],
      ['price', '알루미늄', '2024-02-01', '2050', 'KRW', null],
    ]);
    expect(source.missing).toBe(1);
    expect(source.problems.map((p) => [p.spot.line, p.spot.column])).toEqual([
      [4, 1],
      [5, 2],
      [5, 3],
    ]);
  });

  test('--map names the columns by their headers; a header that is not there is reported', () => {
    const text = '품목,기준월,값\n니켈,2024-01,17000\n';
    const mapped = parse(
      text,
      {},
      { columns: {}, named: { index: '품목', date: '기준월', price: '값' }, wide: false },
    );
    expect(rows(mapped)).toEqual([['price', '니켈', '2024-01-01', '17000', 'KRW', null]]);
    const wrong = parse(text, {}, { columns: {}, named: { price: '가격(원)' }, wide: false });
    expect(wrong.problems[0]?.text.en).toBe(
      "no column is headed '가격(원)' (--map price=가격(원)); headers: 품목, 기준월, 값",
    );
    expect(wrong.problems[0]?.spot).toEqual({ file: 't.csv', line: 1, column: null });
  });

  test('an .xlsx sheet: dates and numbers as Excel holds them, cells named by address', () => {
    const grid: SheetGrid = {
      name: 'LME',
      top: 3,
      left: 2,
      cells: [
        [{ value: '일자' }, { value: '구리' }],
        [{ value: 45352, numberFormat: 'yyyy-mm-dd' }, { value: 8540.5 }],
        [{ value: new Date(Date.UTC(2024, 3, 1)) }, { value: 'n/a' }],
        [{ value: 'soon' }, { value: 1 }],
      ],
    };
    const source = parseGridSource('lme.xlsx', grid, NO_OPTIONS, NO_HINTS);
    expect(rows(source)).toEqual([['price', '구리', '2024-03-01', '8540.5', 'KRW', null]]);
    expect(source.missing).toBe(1);
    expect(source.problems.map((p) => p.spot)).toEqual([
      { file: 'lme.xlsx', sheet: 'LME', line: 6, column: 2 },
    ]);
  });

  test('text bytes: UTF-16 with BOM (Excel "Unicode text") and plain UTF-8', () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('일자\t구리\n2024-01\t9000\n', 'utf16le'),
    ]);
    const decoded = decodeTextBytes(utf16, () => 'never');
    expect(decoded.encoding).toBe('utf-16le (BOM)');
    expect(rows(parse(decoded.text))).toEqual([['price', '구리', '2024-01-01', '9000', 'KRW', null]]);
    expect(decodeTextBytes(Buffer.from('a,b', 'utf-8'), () => 'never')).toEqual({
      text: 'a,b',
      encoding: 'utf-8',
    });
  });

  test('a table without a usable header row is one problem', () => {
    expect(parse('only\n').problems[0]?.text.ko).toContain('머리글 행을 알아볼 수 없습니다');
  });

  test('periods written as statistics tables write them: quarters, halves, years, YYYYMM', () => {
    const source = parse(
      '지표,일자,가격\n철강,2024 Q2,100\n철강,2024-S2,101\n철강,2023,99\n철강,202405,102\n',
    );
    expect(source.problems).toEqual([]);
    expect(rows(source).map((row) => row[2])).toEqual([
      '2024-04-01',
      '2024-07-01',
      '2023-01-01',
      '2024-05-01',
    ]);
    expect(source.observations.map((o) => o.source)).toEqual([
      't.csv · 철강 · 2024 Q2',
      't.csv · 철강 · 2024-S2',
      't.csv · 철강 · 2023',
      't.csv · 철강',
    ]);
    const grid: SheetGrid = {
      name: 'Y',
      top: 1,
      left: 1,
      cells: [
        [{ value: '연도' }, { value: '철강' }],
        [{ value: 2024 }, { value: 5 }],
      ],
    };
    expect(
      rows(parseGridSource('y.xlsx', grid, NO_OPTIONS, { columns: { date: 1 }, wide: true }))[0]?.[2],
    ).toBe('2024-01-01');
  });
});
