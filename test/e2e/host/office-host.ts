/**
 * Stands in for https://appsforoffice.microsoft.com/lib/1/hosted/office.js in the end-to-end
 * test: an `Office` with the context the pane reads (display language, theme, host) and an
 * `Excel.run` over an in-memory workbook holding the grids the test passes in. The test drives
 * and inspects the workbook through `window.__e2e`.
 */
import { parseAddress } from '../../../src/workbook/grid/cells';
import type { WorkbookGrids } from '../../../src/workbook/grid/grid';
import { requestContext } from '../../adapters/office/fake-excel/api';
import { FakeWorkbook } from '../../adapters/office/fake-excel/model';
import { runBatch } from '../../adapters/office/fake-excel/session';
import { PlainSession } from './plain-session';

export interface HostConfig {
  readonly grids: WorkbookGrids;
  readonly displayLanguage: string;
  /** Office's theme as Office.context.officeTheme gives it; none by default (as Excel on the web may). */
  readonly officeTheme?: Office.OfficeTheme;
}

declare global {
  interface Window {
    __E2E__: HostConfig;
    __e2e: unknown;
  }
}

const config = window.__E2E__;
const workbook = FakeWorkbook.fromGrids(config.grids);
let syncs = 0;

const contextOf = (session: PlainSession): unknown => {
  const base = requestContext(session) as { sync: () => Promise<void> };
  return {
    ...base,
    sync: async () => {
      syncs += 1;
      await base.sync();
    },
  };
};

const office = {
  HostType: { Excel: 'Excel' },
  PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline' },
  context: {
    host: 'Excel',
    platform: 'OfficeOnline',
    displayLanguage: config.displayLanguage,
    officeTheme: config.officeTheme,
    requirements: {
      isSetSupported: (name: string, version: string) => name === 'ExcelApi' && Number(version) <= 1.9,
    },
  },
  onReady: (callback?: (info: { host: string; platform: string }) => void) => {
    const info = { host: 'Excel', platform: 'OfficeOnline' };
    callback?.(info);
    return Promise.resolve(info);
  },
};

(window as unknown as Record<string, unknown>).Office = office;
(window as unknown as Record<string, unknown>).Excel = {
  run: <T>(...args: unknown[]) => {
    const session = new PlainSession(workbook);
    return runBatch<T>(session, contextOf(session), args);
  },
};

window.__e2e = {
  syncs: () => syncs,
  sheetNames: () => workbook.sheets.map((s) => s.name),
  activeSheet: () => workbook.sheets.find((s) => s.id === workbook.activeSheetId)?.name ?? null,
  selection: () => workbook.selection,
  /** Every stored cell: "row,column" → what is stored and what Excel would show. */
  cells: (name: string) => {
    const sheet = workbook.sheet(name);
    if (!sheet) return null;
    return [...sheet.cells.entries()].map(([key, cell]) => {
      const [row = 0, column = 0] = key.split(',').map(Number);
      return { row, column, ...cell, shown: workbook.valueOf(sheet, row, column) };
    });
  },
  layout: (name: string) => {
    const sheet = workbook.sheet(name);
    return sheet
      ? {
          merges: sheet.merges,
          frozenRows: sheet.frozenRows,
          pageLayout: sheet.pageLayout,
          tables: sheet.tables,
          validations: sheet.validations.length,
        }
      : null;
  },
  fillOf: (name: string, a1: string) => workbook.sheet(name)?.formatOf(a1, 'fill.color') ?? null,
  edit: (name: string, a1: string, value: unknown) => {
    const sheet = workbook.requireSheet(name);
    parseAddress(a1);
    workbook.writeValues(sheet, a1, [[value]]);
  },
};
