/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import * as React from 'react';
import { officeWorkbook } from '../../src/adapters/office/gateway';
import { App } from '../../src/taskpane/App';
import type { OfficeEnvironment } from '../../src/taskpane/office-helpers';
import { columnLetters } from '../../src/workbook/grid/cells';
import { runWorkbook } from '../../src/workbook/run';
import { SHEET } from '../../src/workbook/grid/sheet-names';
import { FakeWorkbook } from '../adapters/office/fake-excel/model';
import { mockExcel } from '../adapters/office/mock-excel';
import './jsdom-shims';

const TODAY = '2024-08-01';

function environment(displayLanguage: string): OfficeEnvironment {
  return { host: 'EXCEL', platform: 'PC', isAddin: true, displayLanguage, theme: undefined };
}

/** The pane over the real Office adapter, against an in-memory workbook (office-addin-mock). */
function renderPane(displayLanguage: string) {
  const workbook = new FakeWorkbook();
  workbook.addSheet('Sheet1');
  (globalThis as unknown as { Excel: unknown }).Excel = mockExcel(workbook).excel;
  render(<App gateway={officeWorkbook} environment={environment(displayLanguage)} today={TODAY} />);
  return workbook;
}

/** What a run over the workbook as it stands gives, to compare the pane's figures with. */
async function expectedOutcome() {
  const grids = await officeWorkbook.readWorkbook();
  return runWorkbook(grids, { asOf: null, createdOn: TODAY });
}

const LABELS = {
  ko: {
    tabs: ['① 템플릿 만들기', '② 검사', '③ 계산', '④ 변동표 작성', '⑤ 검증', '⑥ 전망', '⑦ 가격 가져오기'],
    back: '‹ 이전',
    next: '다음 ›',
    host: '실행 환경: Windows용 Excel',
    replaceOff: '꺼짐: 기존 변동표는 작성일을 붙인 이름으로 보관합니다.',
    replaceOn: '켜짐: 새 표가 들어간 뒤 기존 변동표를 지웁니다.',
    template: '템플릿 만들기',
    added: '추가한 시트: 연동약정, 원재료가격, 환율, 납품실적',
    check: '검사',
    compute: '계산',
    items: '물품',
    adjustments: '단가 조정',
    write: '변동표 작성',
    written: '작성했습니다: 납품단가 변동표, 연동 계산 내역, 연동 검토내역, 연동표',
    archived: "기존 '납품단가 변동표' 시트는 '납품단가 변동표 2024-08-01'(으)로 보관했습니다.",
    verify: '검증',
    verified: /개 행이 모두 재계산과 일치합니다/,
    differs: /다른 셀 (\d+)개를 찾아 표시했습니다/,
  },
  en: {
    tabs: ['① Template', '② Check', '③ Compute', '④ Write table', '⑤ Verify', '⑥ Outlook', '⑦ Import prices'],
    back: '‹ Back',
    next: 'Next ›',
    host: 'Running in Excel for Windows',
    replaceOff: 'Off: the existing table is kept under a name with its date.',
    replaceOn: 'On: the existing table is deleted once the new one is in place.',
    template: 'Create template',
    added: 'Sheets added: 연동약정, 원재료가격, 환율, 납품실적',
    check: 'Check',
    compute: 'Compute',
    items: 'Items',
    adjustments: 'Adjustments',
    write: 'Write table',
    written: 'Written: 납품단가 변동표, 연동 계산 내역, 연동 검토내역, 연동표',
    archived: "The existing '납품단가 변동표' sheet was kept as '납품단가 변동표 2024-08-01'.",
    verify: 'Verify',
    verified: /rows match the recomputation/,
    differs: /(\d+) differing cells found/,
  },
} as const;

async function click(name: string | RegExp, role: 'button' | 'tab' = 'button'): Promise<void> {
  await act(async () => {
    fireEvent.click(screen.getByRole(role, { name }));
  });
}

describe.each([
  ['ko', 'ko-KR'],
  ['en', 'en-US'],
] as const)('the task pane in %s', (language, displayLanguage) => {
  const labels = LABELS[language];

  it('shows the steps and the as-of setting', () => {
    renderPane(displayLanguage);
    expect(screen.getAllByRole('tab')).toHaveLength(labels.tabs.length);
    for (const label of labels.tabs) expect(screen.getByRole('tab', { name: label })).toBeDefined();
    expect(screen.getByLabelText(language === 'ko' ? /기준일/ : /As-of date/)).toHaveProperty('type', 'date');
  });

  it('steps forward and back, naming the step it is on', async () => {
    renderPane(displayLanguage);
    const heading = () => screen.getByRole('heading', { level: 2 }).textContent;
    const selected = () => screen.getAllByRole('tab').findIndex((tab) => tab.ariaSelected === 'true');
    expect([heading(), selected()]).toEqual([labels.tabs[0], 0]);
    expect(screen.getByRole('button', { name: labels.back })).toHaveProperty('disabled', true);
    await click(labels.next);
    await click(labels.next);
    expect([heading(), selected()]).toEqual([labels.tabs[2], 2]);
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('step-compute');
    await click(labels.back);
    expect([heading(), selected()]).toEqual([labels.tabs[1], 1]);
    await click(labels.tabs.at(-1) ?? '', 'tab');
    expect(screen.getByRole('button', { name: labels.next })).toHaveProperty('disabled', true);
  });

  it('says where it runs in words and what the replace switch does, without hovering', async () => {
    renderPane(displayLanguage);
    expect(screen.getByText(labels.host)).toBeDefined();
    expect(screen.getByText(labels.replaceOff)).toBeDefined();
    await act(async () => {
      fireEvent.click(screen.getByRole('switch'));
    });
    expect(screen.getByText(labels.replaceOn)).toBeDefined();
    expect(screen.queryByText(labels.replaceOff)).toBeNull();
  });

  it('① creates the template sheets as tables', async () => {
    const workbook = renderPane(displayLanguage);
    await click(labels.template);
    await screen.findByText(labels.added);
    expect(workbook.sheet(SHEET.agreements)?.tables).toHaveLength(1);
    expect(workbook.sheet(SHEET.agreements)?.validations.length).toBeGreaterThanOrEqual(4);
  });

  it('② lists the issues and selects the cell of the one clicked', async () => {
    const workbook = renderPane(displayLanguage);
    await click(labels.template);
    await screen.findByText(labels.added);
    // A broken input: the first agreement row loses its 약정번호.
    const agreements = workbook.sheet(SHEET.agreements);
    if (!agreements) throw new Error('no 연동약정');
    workbook.writeValues(agreements, 'A2', [['']]);
    await click(labels.tabs[1], 'tab');
    await click(labels.check);
    const list = await screen.findByRole('list');
    const first = within(list).getAllByRole('button')[0];
    expect(first?.textContent).toContain(`${SHEET.agreements}!A2`);
    await act(async () => {
      if (first) fireEvent.click(first);
    });
    await waitFor(() => expect(workbook.selection).toEqual({ sheet: SHEET.agreements, address: 'A2' }));
  });

  it('③ computes: summary, per-item preview and the price chart', async () => {
    renderPane(displayLanguage);
    await click(labels.template);
    await screen.findByText(labels.added);
    const outcome = await expectedOutcome();
    expect(outcome.result.adjustments.length).toBeGreaterThan(0);
    await click(labels.tabs[2], 'tab');
    await click(labels.compute);
    const summary = await screen.findByLabelText('summary');
    expect(within(summary).getByText(labels.items).nextSibling?.textContent).toBe(
      String(outcome.result.items.length),
    );
    expect(within(summary).getByText(labels.adjustments).nextSibling?.textContent).toBe(
      String(outcome.result.adjustments.length),
    );
    const first = outcome.result.adjustments[0];
    const preview = screen.getAllByRole('table')[0];
    expect(preview && within(preview).getAllByText(first?.adjustmentDate ?? '?').length).toBeGreaterThan(0);
    const chart = screen.getByRole('img');
    const subject = outcome.result.evaluations[0];
    const points = outcome.result.evaluations.filter(
      (e) =>
        e.agreementId === subject?.agreementId &&
        e.item === subject?.item &&
        e.material === subject?.material,
    );
    expect(chart.querySelectorAll('circle')).toHaveLength(points.length);
    expect(chart.querySelectorAll('circle[fill="var(--colorBrandForeground1)"]')).toHaveLength(
      points.filter((p) => p.triggered).length,
    );
  });

  it('④ writes both sheets, and ⑤ verifies them, then finds a changed cell', async () => {
    const workbook = renderPane(displayLanguage);
    await click(labels.template);
    await screen.findByText(labels.added);
    await click(labels.tabs[3], 'tab');
    await click(labels.write);
    await screen.findByText(labels.written);
    expect(workbook.sheet(SHEET.changeTable)).toBeDefined();
    expect(workbook.sheet(SHEET.review)).toBeDefined();

    await click(labels.write);
    await screen.findByText(labels.archived);
    expect(workbook.sheet(`${SHEET.changeTable} 2024-08-01`)).toBeDefined();

    await click(labels.tabs[4], 'tab');
    await click(labels.verify);
    await screen.findByText(labels.verified);

    // Someone edits a computed unit price: verification finds it and marks the cell.
    const table = workbook.sheet(SHEET.calculation);
    const signed = workbook.sheet(SHEET.changeTable);
    if (!table) throw new Error('no table');
    const [key] =
      [...table.cells.entries()].find(([, cell]) => /^=ROUND(DOWN|UP)?\(/.test(cell.formula ?? '')) ?? [];
    const [row, column] = (key ?? '0,0').split(',').map(Number);
    const edited = `${columnLetters(column ?? 1)}${row}`;
    workbook.writeValues(table, edited, [[1]]);
    await click(labels.verify);
    const summary = await screen.findByText(labels.differs);
    const count = Number(labels.differs.exec(summary.textContent ?? '')?.[1]);
    // The edited cell, the formula cells that depend on it and the 변동표 cells showing them are
    // listed and marked, each on its own sheet.
    const marksOf = (sheet: typeof table | undefined) =>
      (sheet?.formats ?? [])
        .filter((f) => f.property === 'fill.color' && f.value === '#FFC7CE')
        .map((f) => `${sheet?.name}!${f.address}`);
    const marked = [...marksOf(signed), ...marksOf(table)];
    expect(marked).toHaveLength(count);
    expect(marked).toContain(`${SHEET.calculation}!${edited}`);
    const listed = within(screen.getByRole('table'))
      .getAllByRole('button')
      .map((b) => b.textContent?.split(' ')[0]);
    expect(listed).toEqual(marked.map((mark) => mark.split('!')[1]));
  });
});

describe('a failed write', () => {
  it('says that the workbook is as it was, and it is', async () => {
    const workbook = new FakeWorkbook();
    workbook.addSheet('Sheet1');
    const mock = mockExcel(workbook);
    (globalThis as unknown as { Excel: unknown }).Excel = mock.excel;
    render(<App gateway={officeWorkbook} environment={environment('ko-KR')} today={TODAY} />);
    await click('템플릿 만들기');
    await screen.findByText(/추가한 시트/);
    const before = workbook.snapshot();
    // ④ reads (2 requests), loads the sheet names (1), then writes the cells: fail there.
    mock.session.failure = { sync: mock.session.syncCount + 4, operation: 1 };
    await click('④ 변동표 작성', 'tab');
    await click('변동표 작성');
    await screen.findByText('쓰기에 실패했습니다.');
    expect(screen.getByText(/통합 문서는 쓰기 전 그대로입니다/)).toBeDefined();
    expect(workbook.snapshot()).toEqual(before);
  });
});
