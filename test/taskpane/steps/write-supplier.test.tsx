/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { join } from 'path';
import * as React from 'react';
import { officeWorkbook } from '../../../src/adapters/office/gateway';
import { readWorkbookFile } from '../../../src/adapters/xlsx';
import { App } from '../../../src/taskpane/App';
import { SHEET } from '../../../src/workbook/grid/sheet-names';
import { supplierRun } from '../../../src/workbook/supplier-split';
import { FakeWorkbook } from '../../adapters/office/fake-excel/model';
import { mockExcel } from '../../adapters/office/mock-excel';
import '../jsdom-shims';

/** DOMAIN §4.6 in the pane: ④ can write the tables of one chosen 수탁기업 only. */

const SAMPLE = join(__dirname, '..', '..', '..', 'assets', 'sample-workbook.xlsx');
const TODAY = '2026-01-05';

async function click(name: string | RegExp, role: 'button' | 'tab' = 'button'): Promise<void> {
  await act(async () => {
    fireEvent.click(screen.getByRole(role, { name }));
  });
}

function texts(workbook: FakeWorkbook, name: string): string[] {
  return [...(workbook.sheet(name)?.cells.values() ?? [])].map((cell) => String(cell.value ?? ''));
}

describe('④ for one supplier', () => {
  it('writes a 변동표 holding that supplier’s agreement and no other supplier', async () => {
    const grids = await readWorkbookFile(SAMPLE);
    const workbook = FakeWorkbook.fromGrids({ sheets: grids.sheets.filter((s) => s.name !== SHEET.review) });
    (globalThis as unknown as { Excel: unknown }).Excel = mockExcel(workbook).excel;
    const environment = {
      host: 'EXCEL',
      platform: 'PC',
      isAddin: true,
      displayLanguage: 'ko-KR',
      theme: undefined,
    };
    render(<App gateway={officeWorkbook} environment={environment} today={TODAY} />);
    await click('③ 계산', 'tab');
    await click('계산');
    await screen.findByLabelText('summary');
    await click('④ 변동표 작성', 'tab');
    const select = screen.getByRole('combobox');
    expect([...select.querySelectorAll('option')].map((option) => option.textContent)).toEqual([
      '모든 수탁기업',
      '대성정밀(주)',
      '우진케이블(주)',
      '동아플라스틱(주)',
      '세진전장(주)',
    ]);
    await act(async () => {
      fireEvent.change(select, { target: { value: '세진전장(주)' } });
    });
    await click('변동표 작성');
    await screen.findByText(/작성했습니다/);
    const signed = texts(workbook, SHEET.changeTable);
    expect(signed.some((text) => text.includes('HB-SJ-2024-04'))).toBe(true);
    for (const other of ['대성정밀', '우진케이블', '동아플라스틱', 'HB-DS-2024-01', '모터 하우징']) {
      expect({
        other,
        found: [...signed, ...texts(workbook, SHEET.calculation)].some((t) => t.includes(other)),
      }).toEqual({
        other,
        found: false,
      });
    }
  });

  it('is the supplier’s rows computed alone, to the whole workbook’s as-of date', async () => {
    const grids = await readWorkbookFile(SAMPLE);
    const options = { asOf: null, createdOn: TODAY };
    const alone = supplierRun(grids, options, '우진케이블(주)');
    expect(alone?.result.asOf).toBe('2025-12-01');
    expect(new Set(alone?.result.items.map((item) => item.supplier))).toEqual(new Set(['우진케이블(주)']));
    expect(alone?.result.adjustments).toHaveLength(16);
    expect(supplierRun(grids, options, '없는 회사')).toBeNull();
  });
});
