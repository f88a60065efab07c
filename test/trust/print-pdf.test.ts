import { execFileSync } from 'child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import ExcelJS from 'exceljs';
import {
  loadWorkbookFile,
  saveWorkbookFile,
  workbookGrids,
  writeOutputSheets,
} from '../../src/adapters/xlsx';
import type { OutputCell, OutputSheet } from '../../src/workbook/grid/grid';
import { runWorkbook } from '../../src/workbook/run';
import { SHEET } from '../../src/workbook/grid/sheet-names';
import { convertAll, privateProfile, sofficeAvailable } from './libreoffice';

/**
 * Issue 10: the signed 납품단가 변동표 is readable on paper. The sample's 변동표 and the 연동 계산
 * 내역 it points at are written WITHOUT cached results; LibreOffice recalculates them, prints the
 * 변동표 (the calculation sheet hidden) to PDF and saves the recalculated workbook; poppler measures
 * the pages and exceljs reads the recalculated prices.
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

function withoutResults(sheet: OutputSheet): OutputSheet {
  const bare = (cell: OutputCell): OutputCell => {
    const { result, ...rest } = cell;
    void result;
    return rest;
  };
  return { ...sheet, rows: sheet.rows.map((row) => row.map(bare)) };
}

describeWithTools('the printed 납품단가 변동표', () => {
  let dir = '';
  let pdf = '';
  let recalculated = '';
  const outcome = { current: null as ReturnType<typeof runWorkbook> | null };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'yeondong-pdf-'));
    const run = runWorkbook(workbookGrids(await loadWorkbookFile(SAMPLE)), {
      asOf: null,
      createdOn: '2026-01-05',
    });
    outcome.current = run;
    const workbook = new ExcelJS.Workbook();
    writeOutputSheets(workbook, [withoutResults(run.changeTable), withoutResults(run.calculationSheet)]);
    const calculation = workbook.getWorksheet(SHEET.calculation);
    if (calculation) calculation.state = 'hidden';
    const table = join(dir, 'change-table.xlsx');
    await saveWorkbookFile(workbook, table);
    const profile = privateProfile(join(dir, 'profile'));
    mkdirSync(join(dir, 'pdf'));
    mkdirSync(join(dir, 'xlsx'));
    convertAll(profile, [table], 'pdf', join(dir, 'pdf'));
    convertAll(profile, [table], 'xlsx', join(dir, 'xlsx'));
    pdf = join(dir, 'pdf', 'change-table.pdf');
    recalculated = join(dir, 'xlsx', 'change-table.xlsx');
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function pageCount(): number {
    return Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', [pdf]))?.[1]);
  }

  function pageText(page: number): string {
    return poppler('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-']);
  }

  it('is A4 landscape on every page, with every one of the nine columns on the page', () => {
    const pages = pageCount();
    expect(pages).toBeGreaterThanOrEqual(4);
    const info = poppler('pdfinfo', ['-f', '1', '-l', String(pages), pdf]);
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)];
    expect(sizes).toHaveLength(pages);
    for (const [, width, height] of sizes) {
      expect(Math.abs(Number(width) - 842)).toBeLessThan(2);
      expect(Math.abs(Number(height) - 595)).toBeLessThan(2);
    }
    for (let page = 1; page <= pages; page += 1) {
      const text = pageText(page);
      for (const header of [
        '조정일',
        '대상 원재료',
        '기준시점',
        '비교시점',
        '조정 전',
        '조정 후',
        '반영일',
        '확인',
      ]) {
        expect({ page, header, shown: text.includes(header) }).toEqual({ page, header, shown: true });
      }
    }
  });

  it('starts each agreement on a new page and closes it with both parties’ signature lines', () => {
    const pages = Array.from({ length: pageCount() }, (_, index) => pageText(index + 1));
    const agreements = ['HB-DS-2024-01', 'HB-WJ-2024-03', 'SY-DA-2024-02', 'HB-SJ-2024-04'];
    const startPages = agreements.map((id) => pages.findIndex((text) => text.includes(`약정번호 ${id} ·`)));
    expect(startPages.every((page) => page >= 0)).toBe(true);
    expect(new Set(startPages).size).toBe(agreements.length);
    expect([...startPages].sort((a, b) => a - b)).toEqual(startPages);
    const last = pages[pages.length - 1] ?? '';
    expect(last).toContain('위탁기업');
    expect(last).toContain('수탁기업');
    expect(last).toContain('(인)');
  });

  it('prints the text at 9 pt or more (median word height)', () => {
    const boxes = poppler('pdftotext', ['-bbox', pdf, '-']);
    const heights = [...boxes.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/g)]
      .map(([, top, bottom]) => Number(bottom) - Number(top))
      .sort((a, b) => a - b);
    expect(heights.length).toBeGreaterThan(200);
    const median = heights[Math.floor(heights.length / 2)] ?? 0;
    expect(median).toBeGreaterThanOrEqual(9);
  });

  it('shows every 조정 후 단가 as LibreOffice recalculates it from the formulas, equal to the engine’s', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(recalculated);
    const sheet = workbook.getWorksheet(SHEET.changeTable);
    if (!sheet || !outcome.current) throw new Error('no recalculated 변동표');
    const after: number[] = [];
    sheet.eachRow((row) => {
      const cell = row.getCell(6);
      if (cell.formula && typeof cell.result === 'number') after.push(cell.result);
    });
    expect(after).toEqual(
      outcome.current.report.adjustments.map((adjustment) => Number(adjustment.unitPriceAfter)),
    );
  });

  it('renders page 1 to test-output/change-table-page1.png', () => {
    const prefix = join(dir, 'page');
    poppler('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
    expect(readdirSync(dir)).toContain('page.png');
    mkdirSync(join(ROOT, 'test-output'), { recursive: true });
    copyFileSync(`${prefix}.png`, IMAGE);
  });
});
