/** @jest-environment jsdom */
/**
 * The pane's side of issue 12's real-Excel behaviours, over the real adapter and the strict
 * in-memory host: verification marks cleared before marking again and on demand, a warning
 * before archiving a sheet that the user's own formulas point at, and errors in the pane's
 * language with the Office code and location in the log.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import * as React from 'react';
import { officeWorkbook } from '../../src/adapters/office/gateway';
import { App } from '../../src/taskpane/App';
import type { OfficeEnvironment } from '../../src/taskpane/office-helpers';
import { columnLetters } from '../../src/workbook/grid/cells';
import { SHEET } from '../../src/workbook/grid/sheet-names';
import { FakeWorkbook, type FakeSheet } from '../adapters/office/fake-excel/model';
import { mockExcel } from '../adapters/office/mock-excel';
import './jsdom-shims';

const TODAY = '2024-08-01';
const MARK = '#FFC7CE';

function renderPane(displayLanguage = 'ko-KR') {
  const workbook = new FakeWorkbook();
  workbook.addSheet('Sheet1');
  const mock = mockExcel(workbook);
  (globalThis as unknown as { Excel: unknown }).Excel = mock.excel;
  const environment: OfficeEnvironment = {
    host: 'EXCEL',
    platform: 'PC',
    isAddin: true,
    displayLanguage,
    theme: undefined,
  };
  render(<App gateway={officeWorkbook} environment={environment} today={TODAY} />);
  return { workbook, session: mock.session };
}

async function click(name: string | RegExp, role: 'button' | 'tab' = 'button'): Promise<void> {
  await act(async () => {
    fireEvent.click(screen.getByRole(role, { name }));
  });
}

async function templateAndTable(): Promise<void> {
  await click('템플릿 만들기');
  await screen.findByText(/추가한 시트/);
  await click('④ 변동표 작성', 'tab');
  await click('변동표 작성');
  await screen.findByText(/작성했습니다/);
}

/** Cells whose last fill is the verification mark. */
function marked(sheet: FakeSheet | undefined): string[] {
  const cells = new Set((sheet?.formats ?? []).map((f) => f.address).filter((a) => !a.includes(':')));
  return [...cells].filter((cell) => sheet?.formatOf(cell, 'fill.color') === MARK);
}

/** Template, table, then one computed cell of 연동 계산 내역 overwritten and verified. */
async function tamperedAndVerified(workbook: FakeWorkbook) {
  await templateAndTable();
  const table = workbook.sheet(SHEET.calculation);
  if (!table) throw new Error('no table');
  const [key, original] =
    [...table.cells.entries()].find(([, cell]) => /^=ROUND(DOWN|UP)?\(/.test(cell.formula ?? '')) ?? [];
  const [row, column] = (key ?? '0,0').split(',').map(Number);
  const edited = `${columnLetters(column ?? 1)}${row}`;
  const formula = original?.formula ?? '';
  const fillBefore = table.formatOf(edited, 'fill.color') ?? null;
  workbook.writeValues(table, edited, [[1]]);
  await click('⑤ 검증', 'tab');
  await click('검증');
  await screen.findByText(/다른 셀 \d+개를 찾아 표시했습니다/);
  expect(marked(table)).toContain(edited);
  return { table, edited, formula, fillBefore };
}

describe('verification marks', () => {
  it('are cleared before marking again', async () => {
    const { workbook } = renderPane();
    const { table, edited, formula, fillBefore } = await tamperedAndVerified(workbook);
    // The user puts the formula back: verifying again leaves no mark of the first run.
    workbook.writeFormulas(table, edited, [[formula]]);
    await click('검증');
    await screen.findByText(/재계산과 일치합니다/);
    expect([...marked(table), ...marked(workbook.sheet(SHEET.changeTable))]).toEqual([]);
    expect(table.formatOf(edited, 'fill.color') ?? null).toEqual(fillBefore);
  });

  it('are cleared by "clear marks", each cell back to its colours', async () => {
    const { workbook } = renderPane();
    const { table, edited, fillBefore } = await tamperedAndVerified(workbook);
    await click('표시 지우기');
    await screen.findByText('검증 표시를 지웠습니다.');
    expect([...marked(table), ...marked(workbook.sheet(SHEET.changeTable))]).toEqual([]);
    expect(table.formatOf(edited, 'fill.color') ?? null).toEqual(fillBefore);
  });
});

describe('formulas of the user that point at a sheet about to be archived', () => {
  it('are listed before writing, and nothing is written until the user goes on', async () => {
    const { workbook } = renderPane();
    await templateAndTable();
    const summary = workbook.addSheet('요약');
    workbook.writeFormulas(summary, 'B3', [["='납품단가 변동표'!A1"]]);

    await click('변동표 작성');
    await screen.findByText(/다른 시트의 수식 1개가/);
    expect(screen.getByText(/요약!B3/)).toBeDefined();
    expect(workbook.sheet(`${SHEET.changeTable} ${TODAY}`)).toBeUndefined();

    await click('그래도 작성');
    await screen.findAllByText(/보관했습니다/);
    expect(workbook.sheet(`${SHEET.changeTable} ${TODAY}`)).toBeDefined();
    // As in Excel, the user's formula followed the sheet to its archived name.
    expect(summary.cell(3, 2)?.formula).toBe(`='${SHEET.changeTable} ${TODAY}'!A1`);
  });
});

describe('a failed write', () => {
  it('is told in the pane language, with the Office error code and location in the log', async () => {
    const logged: string[] = [];
    const spy = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      logged.push(args.map(String).join(' '));
    });
    try {
      const { session } = renderPane();
      await click('템플릿 만들기');
      await screen.findByText(/추가한 시트/);
      // ④ reads (2 requests; no output sheet exists yet, so no look for formulas pointing at
      // one), loads the sheet names (1), then adds the sheets and writes the cells: fail there.
      session.failure = { sync: session.syncCount + 4, operation: 1 };
      await click('④ 변동표 작성', 'tab');
      await click('변동표 작성');
      await screen.findByText('쓰기에 실패했습니다.');
      expect(screen.queryByText(/Nothing was written|injected failure/)).toBeNull();
      expect(screen.getByText(/GeneralException/)).toBeDefined();
      expect(logged.join('\n')).toMatch(/\[GeneralException\] worksheets\.add\(~작성 중 \d\)/);
    } finally {
      spy.mockRestore();
    }
  });
});
