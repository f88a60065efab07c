/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { join } from 'path';
import * as React from 'react';
import { readWorkbookFile } from '../../../src/adapters/xlsx';
import { STRINGS } from '../../../src/taskpane/i18n';
import { OutlookStep } from '../../../src/taskpane/steps/OutlookStep';
import type { WorkbookGrids } from '../../../src/workbook/grid/grid';
import '../jsdom-shims';

/** ⑥ 전망 (issue 13): the figures are the domain outlook's, as the CLI prints them. */

const SAMPLE = join(__dirname, '..', '..', '..', 'assets', 'sample-workbook.xlsx');
let grids: WorkbookGrids;

beforeAll(async () => {
  grids = await readWorkbookFile(SAMPLE);
});

async function click(name: string | RegExp): Promise<void> {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
}

function cableRow(): HTMLElement {
  const row = screen
    .getAllByRole('row')
    .find((candidate) => candidate.textContent?.startsWith('전원 케이블'));
  if (!row) throw new Error('no 전원 케이블 row');
  return row;
}

describe('⑥ 전망', () => {
  it('shows the next date, the held price and each material’s distance to its threshold', async () => {
    render(<OutlookStep read={() => Promise.resolve(grids)} asOf="2025-05-15" strings={STRINGS.ko} />);
    await click('전망 보기');
    const cells = within(cableRow())
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells.slice(1)).toEqual(['2025-06-01', '4,370', '4,370']);
    expect(cableRow().textContent).toContain('전기동: +3.97% / 5% · 미달, 1.03%p 남음');
    expect(screen.queryByText(/납품 영향 합계/)).toBeNull();
    // The chart marks the next adjustment date of the chosen material.
    expect(screen.getByRole('img').textContent).toContain('다음 조정일');
  });

  it('prices a shock per item and on the last 12 months of deliveries, reading the workbook again', async () => {
    let reads = 0;
    const read = (): Promise<WorkbookGrids> => {
      reads += 1;
      return Promise.resolve(grids);
    };
    render(<OutlookStep read={read} asOf="2025-05-15" strings={STRINGS.ko} />);
    await click('전망 보기');
    await click('충격 추가');
    fireEvent.change(screen.getByRole('combobox', { name: '지표' }), {
      target: { value: 'LME 전기동 (USD/t)' },
    });
    await click('전망 보기');
    const shocked = within(cableRow())
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(shocked.slice(1)).toEqual(['2025-06-01', '4,370', '4,370', '4,385', '+15', '38,000', '+570,000']);
    expect(screen.getByText(/납품 영향 합계/).textContent).toBe(
      '납품 영향 합계 (2024-05-15 초과 ~ 2025-05-15 납품분): +7,090,200원',
    );
    expect(reads).toBe(2);
  });

  it('refuses a shock that is not a percentage above −100 % until it is fixed', async () => {
    render(<OutlookStep read={() => Promise.resolve(grids)} asOf="2025-05-15" strings={STRINGS.en} />);
    await click('Show outlook');
    await click('Add shock');
    const percent = screen.getByRole('textbox', { name: 'Change (e.g. +10%)' });
    fireEvent.change(percent, { target: { value: '-100%' } });
    expect(screen.getByText('Enter a percentage above -100% (e.g. +10%, -5%).')).toBeDefined();
    expect((screen.getByRole('button', { name: 'Show outlook' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(percent, { target: { value: '-5' } });
    expect((screen.getByRole('button', { name: 'Show outlook' }) as HTMLButtonElement).disabled).toBe(false);
  });
});
