/**
 * End to end: the built task pane (dist/) in Debian's headless chromium, driven by
 * playwright-core, with an in-memory Excel host served in place of the CDN's office.js. The
 * sample workbook is read with the exceljs adapter and handed to the host as grids; the test
 * clicks through ① to ⑤, checks the cells written against a run of the same engine in Node,
 * and saves a screenshot of each step to test/e2e/screenshots/.
 */
import * as path from 'path';
import type { Page } from 'playwright-core';
import { readWorkbookFile } from '../../src/adapters/xlsx';
import { columnLetters } from '../../src/workbook/grid/cells';
import type { OutputSheet, WorkbookGrids } from '../../src/workbook/grid/grid';
import { runWorkbook, type RunOutcome } from '../../src/workbook/run';
import { SHEET } from '../../src/workbook/grid/sheet-names';
import { host, jsonGrids, shoot, startPaneBrowser, type PaneBrowser } from './pane-browser';

const ROOT = path.join(__dirname, '..', '..');
const TODAY = '2025-01-15';

interface StoredCell {
  row: number;
  column: number;
  value: string | number | boolean;
  formula: string | null;
  numberFormat: string;
  shown: string | number | boolean;
}

let browser: PaneBrowser;
let grids: WorkbookGrids;
let expected: RunOutcome;

beforeAll(async () => {
  grids = jsonGrids(await readWorkbookFile(path.join(ROOT, 'assets', 'sample-workbook.xlsx')));
  expected = runWorkbook(grids, { asOf: null, createdOn: TODAY });
  browser = await startPaneBrowser(TODAY);
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

const openPane = (displayLanguage: string): Promise<Page> => browser.open({ grids, displayLanguage });

/** Polls until `read` gives `wanted` (the selection is made by an Excel.run after the click). */
async function eventually(read: () => Promise<unknown>, wanted: unknown): Promise<void> {
  let last: unknown;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    last = await read();
    if (JSON.stringify(last) === JSON.stringify(wanted)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(last).toEqual(wanted);
}

/** Every cell of the OutputSheet is in the workbook as written: value, formula and its result, format. */
async function expectWritten(page: Page, sheet: OutputSheet): Promise<void> {
  const stored = (await host<StoredCell[]>(page, 'cells', sheet.name)) ?? [];
  const at = new Map(stored.map((cell) => [`${cell.row},${cell.column}`, cell]));
  let formulas = 0;
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const found = at.get(`${r + 1},${c + 1}`);
      const where = `${sheet.name} R${r + 1}C${c + 1}`;
      if (cell.formula !== undefined) {
        formulas += 1;
        expect({ where, formula: found?.formula }).toEqual({ where, formula: `=${cell.formula}` });
        if (typeof cell.result === 'number') {
          expect({ where, shown: Math.round(Number(found?.shown) * 1e6) / 1e6 }).toEqual({
            where,
            shown: Math.round(cell.result * 1e6) / 1e6,
          });
        }
      } else if (cell.value !== undefined && cell.value !== null && cell.value !== '') {
        expect({ where, value: found?.value, formula: found?.formula }).toEqual({
          where,
          value: cell.value,
          formula: null,
        });
      }
      if (cell.numberFormat)
        expect({ where, format: found?.numberFormat }).toEqual({ where, format: cell.numberFormat });
    }),
  );
  if (sheet.name === SHEET.changeTable) expect(formulas).toBeGreaterThan(0);
}

describe('the add-in in Excel (in-memory host), Korean', () => {
  let page: Page;

  beforeAll(async () => {
    page = await openPane('ko-KR');
  });

  it('① keeps the sample sheets and says so', async () => {
    await page.getByRole('button', { name: '템플릿 만들기' }).click();
    await page.getByText('이미 있어 그대로 둔 시트: 연동약정, 원재료가격, 환율, 납품실적').waitFor();
    await shoot(page, '01-template');
  });

  it('② lists an issue and selects its cell', async () => {
    const original = (await host<StoredCell[]>(page, 'cells', SHEET.agreements))?.find(
      (c) => c.row === 3 && c.column === 1,
    );
    await host(page, 'edit', SHEET.agreements, 'A3', '');
    await page.getByRole('tab', { name: '② 검사' }).click();
    await page.getByRole('button', { name: '검사', exact: true }).click();
    const issue = page.getByRole('list').getByRole('button').first();
    await issue.waitFor();
    expect(await issue.textContent()).toContain(`${SHEET.agreements}!A3`);
    await shoot(page, '02-check');
    await issue.click();
    await eventually(() => host(page, 'selection'), { sheet: SHEET.agreements, address: 'A3' });
    await host(page, 'edit', SHEET.agreements, 'A3', original?.value);
    await page.getByRole('button', { name: '검사', exact: true }).click();
    await page.getByText('오류나 경고가 없습니다.').waitFor();
  });

  it('③ shows the summary, the preview and the chart', async () => {
    await page.getByRole('tab', { name: '③ 계산' }).click();
    await page.getByRole('button', { name: '계산', exact: true }).click();
    const summary = page.getByLabel('summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain(`단가 조정${expected.result.adjustments.length}`);
    expect(await summary.textContent()).toContain(`물품${expected.result.items.length}`);
    const chart = page.getByRole('img');
    await chart.waitFor();
    expect(await chart.locator('circle').count()).toBeGreaterThan(0);
    await shoot(page, '03-compute');
  });

  it('④ writes the three sheets whole, ready to print', async () => {
    await page.getByRole('tab', { name: '④ 변동표 작성' }).click();
    await page.getByRole('button', { name: '변동표 작성', exact: true }).click();
    await page.getByText('작성했습니다: 납품단가 변동표, 연동 계산 내역, 연동 검토내역, 연동표').waitFor();
    await shoot(page, '04-write');
    await expectWritten(page, expected.changeTable);
    const layout = await host<{ pageLayout: Record<string, unknown>; frozenRows: number; merges: string[] }>(
      page,
      'layout',
      SHEET.changeTable,
    );
    // An explicit scale: Excel ignores the manual page breaks (one agreement a page) under fit-to-page.
    expect(layout.pageLayout).toMatchObject({
      paperSize: 'A4',
      orientation: 'Landscape',
      zoom: { scale: expected.changeTable.print.scale },
    });
    expect(layout.frozenRows).toBe(expected.changeTable.frozenRows);
    expect(layout.merges).toEqual(expected.changeTable.merges);
    expect(await host(page, 'activeSheet')).toBe(SHEET.changeTable);
  });

  it('④ writes the calculation, the review sheet and the 연동표 cell for cell', async () => {
    await expectWritten(page, expected.calculationSheet);
    await expectWritten(page, expected.reviewSheet);
    await expectWritten(page, expected.agreementTable);
  });

  it('④ keeps the first table under a dated name on a second run', async () => {
    await page.getByRole('button', { name: '변동표 작성', exact: true }).click();
    await page
      .getByText(`기존 '납품단가 변동표' 시트는 '납품단가 변동표 ${TODAY}'(으)로 보관했습니다.`)
      .waitFor();
    const names = await host<string[]>(page, 'sheetNames');
    expect(names).toEqual([
      ...grids.sheets.map((s) => s.name),
      `${SHEET.changeTable} ${TODAY}`,
      `${SHEET.calculation} ${TODAY}`,
      `${SHEET.review} ${TODAY}`,
      `${SHEET.agreementTable} ${TODAY}`,
      SHEET.changeTable,
      SHEET.calculation,
      SHEET.review,
      SHEET.agreementTable,
    ]);
    // Its formulas followed the 연동 계산 내역 they were written against to its archived name.
    const archivedCalculation = `'${SHEET.calculation} ${TODAY}'!`;
    const archived = expected.changeTable.rows.map((row) =>
      row.map((cell) =>
        cell.formula === undefined
          ? cell
          : { ...cell, formula: cell.formula.split(`'${SHEET.calculation}'!`).join(archivedCalculation) },
      ),
    );
    await expectWritten(page, {
      ...expected.changeTable,
      rows: archived,
      name: `${SHEET.changeTable} ${TODAY}`,
    });
  });

  it('⑤ verifies the table, then finds and marks an edited cell', async () => {
    await page.getByRole('tab', { name: '⑤ 검증' }).click();
    await page.getByRole('button', { name: '검증', exact: true }).click();
    await page.getByText(/개 행이 모두 재계산과 일치합니다/).waitFor();
    await shoot(page, '05-verify');

    const cells = (await host<StoredCell[]>(page, 'cells', SHEET.calculation)) ?? [];
    const after = cells.find((cell) => /^=ROUND(DOWN|UP)?\(/.test(cell.formula ?? ''));
    if (!after) throw new Error('no unit-price formula in the calculation');
    const a1 = `${columnLetters(after.column)}${after.row}`;
    await host(page, 'edit', SHEET.calculation, a1, 1);
    await page.getByRole('button', { name: '검증', exact: true }).click();
    await page.getByText(/다른 셀 \d+개를 찾아 표시했습니다/).waitFor();
    expect(await host(page, 'fillOf', SHEET.calculation, a1)).toBe('#FFC7CE');
    await shoot(page, '06-verify-differences');
  });
});

describe('the add-in in English', () => {
  it('follows an English Office', async () => {
    const page = await openPane('en-US');
    await page.getByRole('tab', { name: '③ Compute' }).click();
    await page.getByRole('button', { name: 'Compute', exact: true }).click();
    await page.getByLabel('summary').waitFor();
    await shoot(page, '07-english-compute');
    await page.close();
  });
});
