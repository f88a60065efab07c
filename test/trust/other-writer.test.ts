import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { JsonReport } from '../../src/workbook/output/json-report';
import { runCli } from '../helpers/cli-harness';
import { convertAll, privateProfile, sofficeAvailable } from './libreoffice';

/**
 * A standard-agreement workbook that another program wrote: the guidebook's 작성예시 1
 * (조정요건 0 %, 전월 평균, 0.01원 절사) typed as a flat OpenDocument sheet and saved as .xlsx by
 * LibreOffice, then computed by the command line. Nothing of it passes through exceljs's writer.
 */

const text = (value: string): string =>
  `<table:table-cell office:value-type="string"><text:p>${value}</text:p></table:table-cell>`;
const number = (value: number): string =>
  `<table:table-cell office:value-type="float" office:value="${value}"><text:p>${value}</text:p></table:table-cell>`;
const date = (value: string): string =>
  `<table:table-cell office:value-type="date" office:date-value="${value}"><text:p>${value}</text:p></table:table-cell>`;
const percent = (value: number): string =>
  `<table:table-cell table:style-name="pct" office:value-type="percentage" office:value="${value}"><text:p>${value * 100}%</text:p></table:table-cell>`;
const row = (cells: readonly string[]): string => `<table:table-row>${cells.join('')}</table:table-row>`;
const table = (name: string, rows: readonly string[]): string =>
  `<table:table table:name="${name}">${rows.join('')}</table:table>`;

const AGREEMENT_HEADERS = [
  '약정번호',
  '위탁기업',
  '수탁기업',
  '물품명',
  '약정일',
  '납품단가',
  '원재료',
  '기준지표',
  '산식',
  '단위당투입량',
  '기준시점',
  '조정요건',
  '조정주기',
  '첫조정일',
  '평균개월',
  '단가소수점',
  '단가반올림',
];

const FODS = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
  xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
  office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:styles>
  <number:percentage-style style:name="pct-data"><number:number number:decimal-places="0" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
</office:styles>
<office:automatic-styles>
  <style:style style:name="pct" style:family="table-cell" style:data-style-name="pct-data"/>
</office:automatic-styles>
<office:body><office:spreadsheet>
${table('연동약정', [
  row(AGREEMENT_HEADERS.map(text)),
  row([
    text('GB-2023-01'),
    text('가나전자'),
    text('다라금속'),
    text('동 부품'),
    date('2023-01-10'),
    number(25000),
    text('동'),
    text('동 (원/kg)'),
    text('투입량'),
    number(2),
    text('2022-12'),
    percent(0),
    text('월'),
    date('2023-02-01'),
    number(1),
    number(2),
    text('절사'),
  ]),
])}
${table('원재료가격', [
  row(['기준지표', '일자', '가격'].map(text)),
  row([text('동 (원/kg)'), date('2022-12-01'), number(10000)]),
  row([text('동 (원/kg)'), date('2023-01-01'), number(12000)]),
  row([text('동 (원/kg)'), date('2023-02-01'), number(13000)]),
])}
</office:spreadsheet></office:body></office:document>
`;

describe('a 0 % workbook written by LibreOffice', () => {
  let dir = '';
  let xlsx = '';

  beforeAll(() => {
    if (!sofficeAvailable()) {
      throw new Error('LibreOffice (soffice) is missing: run `bash scripts/ensure-system-packages.sh`');
    }
    dir = mkdtempSync(join(tmpdir(), 'yeondong-other-'));
    const source = join(dir, 'guidebook-example-1.fods');
    writeFileSync(source, FODS);
    convertAll(privateProfile(join(dir, 'profile')), [source], 'xlsx', dir);
    xlsx = join(dir, 'guidebook-example-1.xlsx');
  }, 120_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('computes with exit 0 and gives the guidebook’s 29,000 and 31,000', async () => {
    const run = await runCli([
      'compute',
      xlsx,
      '--as-of',
      '2023-03-01',
      '--json',
      '-o',
      join(dir, 'result.xlsx'),
    ]);
    expect(run.stderr).not.toMatch(/\[오류\]/);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.issues).toEqual([]);
    expect(report.adjustments.map((a) => [a.adjustmentDate, a.unitPriceAfter])).toEqual([
      ['2023-02-01', '29000'],
      ['2023-03-01', '31000'],
    ]);
    expect(report.adjustments[0]?.materials[0]).toMatchObject({
      basePrice: '10000',
      comparisonPrice: '12000',
      outcome: 'triggered',
    });
    expect((await runCli(['verify', join(dir, 'result.xlsx')])).code).toBe(0);
  });
});
