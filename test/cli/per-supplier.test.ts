import { readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import JSZip from 'jszip';
import { loadWorkbookFile, workbookGrids } from '../../src/adapters/xlsx';
import { readWorkbook } from '../../src/workbook/input/read-workbook';
import { SHEET } from '../../src/workbook/grid/sheet-names';
import { supplierFileNames } from '../../src/workbook/supplier-split';
import { runCli } from '../helpers/cli-harness';
import { useTempDir } from '../helpers/temp-dir';

/** DOMAIN §4.6: one workbook per 수탁기업, holding nothing of any other supplier. */

const SAMPLE = join(__dirname, '..', '..', 'assets', 'sample-workbook.xlsx');
const tmp = useTempDir('yeondong-per-supplier-');

/** Every text entry of the zip (cells, shared strings, defined names, document properties). */
async function zipText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const texts = await Promise.all(
    Object.values(zip.files)
      .filter((entry) => !entry.dir)
      .map((entry) => entry.async('string')),
  );
  return texts.join('\n');
}

describe('compute --per-supplier', () => {
  it('writes one verified workbook per supplier that holds no other supplier’s name, item, price or agreement', async () => {
    const folder = join(tmp.path(), '수탁기업별');
    const run = await runCli(['compute', SAMPLE, '--per-supplier', folder]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('수탁기업 4곳의 파일을 만들었습니다');
    const { agreements, prices, deliveries } = readWorkbook(
      workbookGrids(await loadWorkbookFile(SAMPLE)),
    ).input;
    const suppliers = [...new Set(agreements.map((row) => row.supplier))];
    expect(readdirSync(folder).sort()).toEqual(suppliers.map((supplier) => `${supplier}.xlsx`).sort());

    for (const supplier of suppliers) {
      const file = join(folder, `${supplier}.xlsx`);
      const text = await zipText(file);
      const own = agreements.filter((row) => row.supplier === supplier);
      const others = agreements.filter((row) => row.supplier !== supplier);
      // Its own rows are there…
      for (const row of own)
        expect({ supplier, item: row.item, found: text.includes(row.item) }).toMatchObject({ found: true });
      // …and nothing of anyone else's.
      const secrets = new Set(
        others.flatMap((row) => [
          row.supplier,
          row.item,
          row.agreementId,
          row.partNo ?? '',
          `<v>${row.unitPrice.toFixed()}</v>`,
        ]),
      );
      secrets.delete('');
      // A number its own inputs also hold is no leak (aluminium's 3,150 is also 에어 덕트's unit price,
      // and 동아's 15,000 delivered units are also 인버터 기판's unit price).
      const ownIndices = new Set(own.map((row) => row.index));
      const ownAgreements = new Set(own.map((row) => row.agreementId));
      const ownNumbers = [
        ...prices.filter((price) => ownIndices.has(price.index)).map((price) => price.price),
        ...deliveries.filter((delivery) => ownAgreements.has(delivery.agreementId)).map((d) => d.quantity),
      ];
      for (const value of ownNumbers) secrets.delete(`<v>${value.toFixed()}</v>`);
      const leaked = [...secrets].filter((secret) => text.includes(secret));
      expect({ supplier, leaked }).toEqual({ supplier, leaked: [] });

      const verified = await runCli(['verify', file]);
      expect({ supplier, code: verified.code }).toEqual({ supplier, code: 0 });
      const sheets = workbookGrids(await loadWorkbookFile(file)).sheets.map((sheet) => sheet.name);
      expect(sheets).toEqual(
        expect.arrayContaining([
          SHEET.agreements,
          SHEET.prices,
          SHEET.changeTable,
          SHEET.review,
          SHEET.agreementTable,
        ]),
      );
    }
  });

  it('adds up to the whole run: every adjustment is in exactly one supplier’s file', async () => {
    const folder = join(tmp.path(), 'out');
    const whole = await runCli(['compute', SAMPLE, '--json', '-o', join(tmp.path(), 'all.xlsx')]);
    const total = (JSON.parse(whole.stdout) as { adjustments: unknown[] }).adjustments.length;
    const run = await runCli(['compute', SAMPLE, '--per-supplier', folder]);
    const counts = [...run.stdout.matchAll(/단가 조정 (\d+)건/g)].map((match) => Number(match[1]));
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(total);
  });

  it('never overwrites: a second run into the same folder numbers its files', async () => {
    const folder = tmp.path();
    writeFileSync(join(folder, '대성정밀(주).xlsx'), 'kept');
    expect((await runCli(['compute', SAMPLE, '--per-supplier', folder])).code).toBe(0);
    expect(readFileSync(join(folder, '대성정밀(주).xlsx'), 'utf8')).toBe('kept');
    expect(readdirSync(folder)).toContain('대성정밀(주) (2).xlsx');
  });

  it('refuses -o and --in-place beside it (exit 2)', async () => {
    expect((await runCli(['compute', SAMPLE, '--per-supplier', tmp.path(), '-o', 'x.xlsx'])).code).toBe(2);
    expect((await runCli(['compute', SAMPLE, '--per-supplier', tmp.path(), '--in-place'])).code).toBe(2);
  });
});

describe('supplier file names', () => {
  it('keep Korean, drop path and control characters, and number collisions', () => {
    expect(
      supplierFileNames([
        '대성정밀(주)',
        '../../etc/passwd',
        'A/B:C*D?',
        ' 한빛\u202e금속 ',
        'a/b',
        'ab',
        'CON',
        '',
      ]),
    ).toEqual([
      '대성정밀(주).xlsx',
      'etcpasswd.xlsx',
      'ABCD.xlsx',
      '한빛금속.xlsx',
      'ab.xlsx',
      'ab (2).xlsx',
      '수탁기업 CON.xlsx',
      '수탁기업.xlsx',
    ]);
  });
});
