/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import * as React from 'react';
import type { ImportGateway } from '../../../src/adapters/office/import-gateway';
import { ImportStep } from '../../../src/taskpane/steps/ImportStep';
import type { WorkbookGrids } from '../../../src/workbook/grid/grid';
import { applySheetEdits, type SheetEdit } from '../../../src/workbook/prices-import';
import { AGREEMENT, agreementSheet, priceSheet } from '../../workbook/input/sample-sheets';
import { sheetOf } from '../../helpers/grid-lookup';
import '../jsdom-shims';

const TODAY = '2024-08-01';

/** The workbook of DOMAIN §3.5 example 1 in memory; writes go through the pure edit applier. */
function fakeGateway(): ImportGateway & { grids: WorkbookGrids; writes: SheetEdit[][] } {
  const fake = {
    writes: [] as SheetEdit[][],
    grids: {
      sheets: [
        agreementSheet({
          ...AGREEMENT,
          약정번호: 'T-1',
          위탁기업: '갑',
          수탁기업: '을',
          기준지표: '구리',
          조정요건: '10%',
          조정주기: '분기',
        }),
        priceSheet([
          { 기준지표: '구리', 일자: '2024-01', 가격: 9000 },
          { 기준지표: '구리', 일자: '2024-03', 가격: 10080 },
          { 기준지표: '구리', 일자: '2024-04', 가격: 10200 },
        ]),
      ],
    } as WorkbookGrids,
    readWorkbook: () => Promise.resolve(fake.grids),
    writeEdits: (edits: readonly SheetEdit[]) => {
      fake.writes.push([...edits]);
      fake.grids = applySheetEdits(fake.grids, edits);
      return Promise.resolve();
    },
  };
  return fake;
}

function paste(text: string): void {
  fireEvent.change(screen.getByRole('textbox', { name: /표 붙여넣기/ }), { target: { value: text } });
}

describe('가격 가져오기 step', () => {
  test('a pasted table: preview with the column roles, then rows added with nothing to confirm', async () => {
    const gateway = fakeGateway();
    render(<ImportStep gateway={gateway} language="ko" today={TODAY} />);
    paste('지표\t일자\t가격\n구리\t2024-05\t10,300\n');
    expect((screen.getByRole('combobox', { name: '가격' }) as HTMLSelectElement).value).toBe('price');
    fireEvent.click(screen.getByRole('button', { name: '미리 보기' }));
    await screen.findByText('추가 1행 · 변경 0건 · 이미 있음 0건 · 중복 0건 · 빈 값 0건');
    fireEvent.click(screen.getByRole('button', { name: '가져오기' }));
    await screen.findByText('가져왔습니다: 추가 1행, 변경 0건.');
    expect(gateway.writes).toHaveLength(1);
    // The row below the last one: 2024-05 (serial 45413, shown yyyy-mm) at 10,300, with its source and date.
    expect(sheetOf(gateway.grids, '원재료가격').cells.at(-1)).toEqual([
      { value: '구리', numberFormat: '@' },
      { value: 45413, numberFormat: 'yyyy-mm' },
      { value: 10300 },
      { value: '붙여넣기 · 구리', numberFormat: '@' },
      { value: 45505, numberFormat: 'yyyy-mm-dd' },
    ]);
  });

  test('a revision lists the adjustment it changes and is written only once confirmed', async () => {
    const gateway = fakeGateway();
    render(<ImportStep gateway={gateway} language="ko" today={TODAY} />);
    paste('지표,일자,가격\n구리,2024-03,10300\n');
    fireEvent.click(screen.getByRole('button', { name: '미리 보기' }));
    await screen.findByText('숫자가 달라지는 조정 1건');
    expect(screen.getByText(/T-1 · 하우징 · 2024-04-01:/).textContent).toBe(
      'T-1 · 하우징 · 2024-04-01: 12160 → 12600',
    );
    const apply = screen.getByRole('button', { name: '가져오기' });
    expect((apply as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox'));
    await waitFor(() => expect((apply as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(apply);
    await screen.findByText('가져왔습니다: 추가 0행, 변경 1건.');
    expect(gateway.grids.sheets.map((s) => s.name)).toContain('가격 변경 이력');
    // C3 (2024-03) now holds 10,300; the old 10,080 is kept in the history with the cell it stood in.
    expect(sheetOf(gateway.grids, '원재료가격').cells[2]?.slice(0, 3)).toEqual([
      { value: '구리' },
      { value: '2024-03' },
      { value: 10300 },
    ]);
    expect(sheetOf(gateway.grids, '가격 변경 이력').cells.slice(1)).toEqual([
      [
        { value: 45505, numberFormat: 'yyyy-mm-dd' },
        { value: '원재료가격', numberFormat: '@' },
        { value: 'C3', numberFormat: '@' },
        { value: '구리', numberFormat: '@' },
        { value: 45352, numberFormat: 'yyyy-mm' },
        { value: 10080 },
        { value: 10300 },
        { value: '', numberFormat: '@' },
        { value: '붙여넣기 · 구리', numberFormat: '@' },
      ],
    ]);
  });

  test('bad rows are named by line and column and block the import; English labels in English Office', async () => {
    const gateway = fakeGateway();
    render(<ImportStep gateway={gateway} language="en" today={TODAY} />);
    fireEvent.change(screen.getByRole('textbox', { name: /paste a table/ }), {
      target: { value: '일자,구리\n2024-05,abc\n' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    await screen.findByText(/붙여넣기 line 2, column 2: the price must be a number greater than 0/);
    expect((screen.getByRole('button', { name: 'Import' }) as HTMLButtonElement).disabled).toBe(true);
    expect(gateway.writes).toHaveLength(0);
  });

  test('a 배율 that is not a decimal above 0 is named, and nothing is previewed or imported', () => {
    const gateway = fakeGateway();
    render(<ImportStep gateway={gateway} language="ko" today={TODAY} />);
    paste('지표\t일자\t가격\n구리\t2024-05\t10,300\n');
    fireEvent.change(screen.getByRole('textbox', { name: /배율/ }), { target: { value: '0,001' } });
    expect(screen.getByText(/배율은 0보다 큰 소수여야 합니다/)).toBeTruthy();
    expect((screen.getByRole('button', { name: '미리 보기' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByRole('textbox', { name: /배율/ }), { target: { value: '0.001' } });
    expect(screen.queryByText(/배율은 0보다 큰 소수여야 합니다/)).toBeNull();
    expect((screen.getByRole('button', { name: '미리 보기' }) as HTMLButtonElement).disabled).toBe(false);
    expect(gateway.writes).toHaveLength(0);
  });

  test('a 통화 that is not one currency code is named, and nothing is previewed (no silent import in no currency)', () => {
    const gateway = fakeGateway();
    render(<ImportStep gateway={gateway} language="ko" today={TODAY} />);
    paste('지표\t일자\t가격\n구리\t2024-05\t10,300\n');
    const preview = () => (screen.getByRole('button', { name: '미리 보기' }) as HTMLButtonElement).disabled;
    for (const typed of ['US D', 'KRW1', 'USD,JPY']) {
      fireEvent.change(screen.getByRole('textbox', { name: /통화/ }), { target: { value: typed } });
      expect(screen.getByText(/통화는 USD처럼 통화 코드 하나여야 합니다/)).toBeTruthy();
      expect(preview()).toBe(true);
    }
    fireEvent.change(screen.getByRole('textbox', { name: /통화/ }), { target: { value: ' usd ' } });
    expect(screen.queryByText(/통화는 USD처럼/)).toBeNull();
    expect(preview()).toBe(false);
    expect(gateway.writes).toHaveLength(0);
  });
});
