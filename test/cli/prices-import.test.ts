import { chmodSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { runCli } from '../helpers/cli-harness';
import { EXAMPLE_ONE, writeInputWorkbook } from '../helpers/input-workbook';
import { useTempDir } from '../helpers/temp-dir';

const temp = useTempDir('yeondong-import-');
const INDEX = '구리 (원/kg)';

async function workbookPath(): Promise<string> {
  const path = join(temp.path(), 'in.xlsx');
  await writeInputWorkbook(path, EXAMPLE_ONE);
  return path;
}

function file(name: string, content: string | Buffer): string {
  const path = join(temp.path(), name);
  writeFileSync(path, content);
  return path;
}

async function sheetRows(path: string, sheet: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const worksheet = workbook.getWorksheet(sheet);
  if (!worksheet) return [];
  const rows: unknown[][] = [];
  worksheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

async function numberFormat(path: string, sheet: string, cell: string): Promise<string | undefined> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.getWorksheet(sheet)?.getCell(cell).numFmt;
}

function ecosJson(rows: readonly { TIME: string; DATA_VALUE: string }[]): string {
  const row = rows.map((r) => ({
    STAT_CODE: '404Y014',
    STAT_NAME: '생산자물가지수',
    ITEM_CODE1: '*AA',
    ITEM_NAME1: '총지수',
    UNIT_NAME: '2020=100',
    ...r,
  }));
  return JSON.stringify({ StatisticSearch: { list_total_count: row.length, row } }, null, 2);
}

describe('yeondong prices import', () => {
  test('a read-only workbook is refused in the words of this command, and left as it was', async () => {
    const into = await workbookPath();
    chmodSync(into, 0o444);
    const before = readFileSync(into);
    const source = file('p.csv', `기준지표,일자,가격\n${INDEX},2024-05,10300\n`);
    const run = await runCli(['prices', 'import', source, '--into', into]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('읽기 전용 파일이라 가격을 가져오지 않았습니다');
    expect(run.stderr).toContain('the workbook is read-only, so no prices were imported');
    expect(run.stderr).not.toContain('--in-place');
    expect(readFileSync(into).equals(before)).toBe(true);
  });

  test('adds ECOS rows with 출처 and 가져온 날짜; importing the same file again adds nothing', async () => {
    const into = await workbookPath();
    const source = file(
      'ppi.json',
      ecosJson([
        { TIME: '202405', DATA_VALUE: '10,300' },
        { TIME: '202406', DATA_VALUE: '-' },
      ]),
    );
    const first = await runCli(['prices', 'import', source, '--into', into, '--index', INDEX]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('빈 값(-) 1건');
    const rows = await sheetRows(into, '원재료가격');
    expect(rows[0]).toEqual(['기준지표', '일자', '가격', '통화', '단위', '출처', '가져온 날짜']);
    // A month is a date shown as the month, which the sheet reader reads as that month.
    expect(rows[5]?.slice(0, 3)).toEqual([INDEX, new Date(Date.UTC(2024, 4, 1)), 10300]);
    expect(await numberFormat(into, '원재료가격', 'B6')).toBe('yyyy-mm');
    expect(rows[5]?.[5]).toBe('ppi.json · ECOS 404Y014/*AA');
    expect(rows[5]?.[6]).toEqual(new Date(Date.UTC(2026, 0, 5)));
    const before = readFileSync(into);
    const again = await runCli(['prices', 'import', source, '--into', into, '--index', INDEX]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('이미 있음 1건');
    expect(readFileSync(into).equals(before)).toBe(true);
  });

  test('a revised value lists the adjustments it changes and writes nothing without --yes; --yes applies it', async () => {
    const into = await workbookPath();
    const revised = file(
      'revised.csv',
      `지표,일자,가격\n${INDEX},2024-03,"10,300"\n${INDEX},2024-04,10200\n`,
    );
    const before = readFileSync(into);
    const asked = await runCli(['prices', 'import', revised, '--into', into]);
    expect(asked.code).toBe(1);
    expect(asked.stdout).toContain(`원재료가격!C4 ${INDEX} 2024-03-01: 10080 → 10300`);
    expect(asked.stdout).toContain('영향받는 조정 1건');
    // δ = 2 × (10,300 − 9,000) = 2,600 instead of 2,160.
    expect(asked.stdout).toContain(
      'T-2024-01 · 모터 하우징 · 2024-04-01: 조정 후 단가 (unit price after) 12160 → 12600',
    );
    expect(asked.stdout).toContain('이미 있음 1건');
    // The 2024-04-01 evaluation of 구리 reads the revised March price.
    expect(asked.stdout).toContain('숫자가 달라지는 평가(연동 검토내역) 1건');
    expect(readFileSync(into).equals(before)).toBe(true);

    const applied = await runCli(['prices', 'import', revised, '--into', into, '--yes']);
    expect(applied.code).toBe(0);
    const prices = await sheetRows(into, '원재료가격');
    expect(prices[3]?.slice(0, 3)).toEqual([INDEX, '2024-03', 10300]);
    expect(prices[3]?.[5]).toBe(`revised.csv · ${INDEX}`);
    const history = await sheetRows(into, '가격 변경 이력');
    expect(history[0]).toEqual([
      '변경일',
      '시트',
      '셀',
      '기준지표·통화',
      '일자',
      '이전 값',
      '새 값',
      '이전 출처',
      '새 출처',
    ]);
    expect(history[1]?.slice(1, 7)).toEqual([
      '원재료가격',
      'C4',
      INDEX,
      new Date(Date.UTC(2024, 2, 1)),
      10080,
      10300,
    ]);
    const computed = await runCli(['compute', into, '--json', '-o', join(temp.path(), 'out.xlsx')]);
    expect(JSON.parse(computed.stdout).adjustments[0].unitPriceAfter).toBe('12600');
  });

  test('a bad row is named by file, line and column and nothing is written', async () => {
    const into = await workbookPath();
    const bad = file(
      'bad.csv',
      `지표,일자,가격\n${INDEX},2024-05,10300\n${INDEX},2024-13,10400\n${INDEX},2024-07,abc\n`,
    );
    const before = readFileSync(into);
    const run = await runCli(['prices', 'import', bad, '--into', into]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[오류] bad.csv 3행 2열: 일자는');
    expect(run.stderr).toContain('bad.csv line 3, column 2: the date');
    expect(run.stderr).toContain('[오류] bad.csv 4행 3열: 가격은 0보다 큰 숫자여야 합니다');
    expect(readFileSync(into).equals(before)).toBe(true);
  });

  test('Export-Import Bank rates: JPY(100) per one yen, thousands separators, the date from the file name', async () => {
    const into = await workbookPath();
    const rates = file(
      'exchange_20240315.json',
      JSON.stringify([
        { result: 1, cur_unit: 'KRW', deal_bas_r: '1', cur_nm: '한국 원' },
        { result: 1, cur_unit: 'JPY(100)', deal_bas_r: '893.17', cur_nm: '일본 옌' },
        { result: 1, cur_unit: 'USD', deal_bas_r: '1,328.5', cur_nm: '미국 달러' },
      ]),
    );
    const run = await runCli(['prices', 'import', rates, '--into', into]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const fx = await sheetRows(into, '환율');
    expect(fx[0]).toEqual(['통화', '일자', '환율', '출처', '가져온 날짜']);
    expect(fx[1]?.slice(0, 3)).toEqual(['JPY', new Date(Date.UTC(2024, 2, 15)), 8.9317]);
    expect(fx[1]?.[3]).toBe('exchange_20240315.json · 수출입은행 JPY(100) · JPY(100) ÷ 100');
    expect(fx[2]?.slice(0, 3)).toEqual(['USD', new Date(Date.UTC(2024, 2, 15)), 1328.5]);
  });

  test('a CP949 CSV from Korean Excel and a wide table with a scale factor', async () => {
    const into = await workbookPath();
    const wide = iconv.encode(
      '날짜,구리 LME (USD/t),니켈 LME (USD/t)\n2024-05,"9,800",-\n2024-06,"10,100","17,350"\n',
      'cp949',
    );
    const path = file('lme.csv', wide);
    const run = await runCli(['prices', 'import', path, '--into', into, '--scale', '0.001']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const prices = await sheetRows(into, '원재료가격');
    expect(prices.slice(5).map((row) => row.slice(0, 3))).toEqual([
      ['구리 LME (USD/t)', new Date(Date.UTC(2024, 4, 1)), 9.8],
      ['구리 LME (USD/t)', new Date(Date.UTC(2024, 5, 1)), 10.1],
      ['니켈 LME (USD/t)', new Date(Date.UTC(2024, 5, 1)), 17.35],
    ]);
    expect(prices[5]?.[5]).toBe('lme.csv · 구리 LME (USD/t) · × 0.001');
  });

  test.each([
    [['prices'], 'prices takes the subcommand import'],
    [['prices', 'import', 'a.csv'], 'name the workbook to add the prices to with --into'],
    [['prices', 'import', '--into', 'x.xlsx'], 'name the files to import'],
    [
      ['prices', 'import', 'a.csv', '--into', 'x.xlsx', '--scale', '0'],
      '--scale must be a decimal greater than 0',
    ],
    [['prices', 'import', 'a.csv', '--into', 'x.xlsx', '--map', '무게=kg'], '--map must be role=header'],
    [
      ['prices', 'import', 'a.csv', '--into', 'x.xlsx', '--currency', 'USD,JPY'],
      '--currency must be currency codes such as USD',
    ],
  ])('%j is a wrong command line (exit 2)', async (argv, message) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  test('a missing file to import is named (exit 1) and the workbook is left as it was', async () => {
    const into = await workbookPath();
    const before = readFileSync(into);
    const run = await runCli(['prices', 'import', join(temp.path(), 'nope.csv'), '--into', into]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('cannot read the file to import');
    expect(readFileSync(into).equals(before)).toBe(true);
  });

  test('an .xlsx file to import is read from its first sheet; an .xls file is refused with a reason', async () => {
    const into = await workbookPath();
    const source = new ExcelJS.Workbook();
    const sheet = source.addWorksheet('LME');
    sheet.addRow(['일자', INDEX]);
    sheet.addRow([new Date(Date.UTC(2024, 4, 1)), 10300]);
    const xlsx = join(temp.path(), 'lme.xlsx');
    await source.xlsx.writeFile(xlsx);
    const xls = file('old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const refused = await runCli(['prices', 'import', xlsx, xls, '--into', into]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('old.xls: the old Excel format (.xls) is not read');
    const run = await runCli(['prices', 'import', xlsx, '--into', into]);
    expect(run.code).toBe(0);
    const prices = await sheetRows(into, '원재료가격');
    expect(prices[5]?.slice(0, 3)).toEqual([INDEX, new Date(Date.UTC(2024, 4, 1)), 10300]);
    expect(prices[5]?.[5]).toBe(`lme.xlsx · ${INDEX}`);
  });
});
