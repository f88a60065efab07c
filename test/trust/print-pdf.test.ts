import { execFileSync } from 'child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import ExcelJS from 'exceljs';
import { SHEET } from '../../src/workbook/sheet-names';
import { runCli } from '../helpers/cli-harness';
import { convertAll, privateProfile, sofficeAvailable } from './libreoffice';

/**
 * Issue 4.2: the change table prints on A4 landscape with the signature block on its last page.
 * LibreOffice prints the computed sample (change table only) to PDF; poppler measures and reads it.
 */

const ROOT = resolve(__dirname, '..', '..');
const SAMPLE = join(ROOT, 'assets', 'sample-workbook.xlsx');
// Written where git ignores it; docs/images/change-table-page1.png is a copy kept for the README.
const IMAGE = join(ROOT, 'test-output', 'change-table-page1.png');

// The office tools are part of the test set (npm test installs them): missing means failing, never skipping.
const describeWithTools = describe;

beforeAll(() => {
  if (!sofficeAvailable()) {
    throw new Error('LibreOffice (soffice) is missing: run `bash scripts/ensure-system-packages.sh`');
  }
});

function poppler(tool: string, args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8' });
}

describeWithTools('the printed change table', () => {
  let dir = '';
  let pdf = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'yeondong-pdf-'));
    const computed = join(dir, 'computed.xlsx');
    expect((await runCli(['compute', SAMPLE, '-o', computed])).code).toBe(0);
    // Only the change table: LibreOffice prints every sheet of a workbook.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(computed);
    for (const sheet of [...workbook.worksheets]) {
      if (sheet.name !== SHEET.changeTable) workbook.removeWorksheet(sheet.id);
    }
    const table = join(dir, 'change-table.xlsx');
    await workbook.xlsx.writeFile(table);
    mkdirSync(join(dir, 'pdf'));
    convertAll(privateProfile(join(dir, 'profile')), [table], 'pdf', join(dir, 'pdf'));
    pdf = join(dir, 'pdf', 'change-table.pdf');
  }, 120_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function pageCount(): number {
    return Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', [pdf]))?.[1]);
  }

  it('is A4 landscape on every page', () => {
    const pages = pageCount();
    expect(pages).toBeGreaterThanOrEqual(1);
    const info = poppler('pdfinfo', ['-f', '1', '-l', String(pages), pdf]);
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)];
    expect(sizes).toHaveLength(pages);
    for (const [, width, height] of sizes) {
      expect(Math.abs(Number(width) - 842)).toBeLessThan(2);
      expect(Math.abs(Number(height) - 595)).toBeLessThan(2);
    }
  });

  it('shows the title and the header on page 1 and the signature block on the last page', () => {
    const pages = pageCount();
    const first = poppler('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-']);
    expect(first).toContain('납품단가 변동표');
    expect(first).toContain('조정 후 납품단가');
    const last = poppler('pdftotext', ['-f', String(pages), '-l', String(pages), '-layout', pdf, '-']);
    expect(last).toContain('위탁기업');
    expect(last).toContain('수탁기업');
    expect(last).toContain('(인)');
  });

  it('renders page 1 to test-output/change-table-page1.png', () => {
    const prefix = join(dir, 'page');
    poppler('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
    expect(readdirSync(dir)).toContain('page.png');
    mkdirSync(join(ROOT, 'test-output'), { recursive: true });
    copyFileSync(`${prefix}.png`, IMAGE);
  });
});
