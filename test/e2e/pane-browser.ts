/**
 * The browser side of the end-to-end tests: dist/ served on 127.0.0.1, Debian's headless
 * chromium driven by playwright-core, and the in-memory Excel host (host/office-host.ts) served
 * in place of the CDN's office.js. Nothing else leaves the machine.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { WorkbookGrids } from '../../src/workbook/grid/grid';
import { dateSerial } from '../adapters/office/fake-excel/model';
import { buildOfficeHost } from './build-host';
import type { HostConfig } from './host/office-host';
import { serveDirectory, type StaticServer } from './static-server';

const ROOT = path.join(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
export const SCREENSHOTS = path.join(__dirname, 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** The grids as JSON can carry them: dates as Excel serials, as Excel stores them. */
export function jsonGrids(grids: WorkbookGrids): WorkbookGrids {
  return {
    sheets: grids.sheets.map((sheet) => ({
      ...sheet,
      cells: sheet.cells.map((row) =>
        row.map((cell) => (cell.value instanceof Date ? { ...cell, value: dateSerial(cell.value) } : cell)),
      ),
    })),
  };
}

export interface PaneBrowser {
  /** Opens the pane at `width` px with the host configured as given; fails on any page error. */
  open(config: HostConfig, width?: number): Promise<Page>;
  /** Opens another page of dist/ ("help.html") at `width` px. */
  openPage(pathname: string, width: number): Promise<Page>;
  close(): Promise<void>;
}

/** What the page's Content-Security-Policy refused so far ("script-src https://…"). */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

export async function startPaneBrowser(today: string): Promise<PaneBrowser> {
  if (!fs.existsSync(path.join(DIST, 'taskpane.html')))
    throw new Error('dist/ is missing: run `npm run build` first');
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no chromium at ${CHROMIUM}: apt-get install -y chromium`);
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const hostBundle = await buildOfficeHost();
  const server: StaticServer = await serveDirectory(DIST);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yeondong-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 420, height: 900 },
    locale: 'ko-KR',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  await context.route(
    (url) => !url.href.startsWith(server.origin) && url.href !== OFFICE_JS,
    (route) => route.abort(),
  );
  await context.route(OFFICE_JS, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: hostBundle }),
  );
  // The production pages carry a CSP: record whatever it refuses, for the tests to see.
  await context.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __csp: seen });
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });

  return {
    open: async (config, width = 420) => {
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 900 });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.clock.setFixedTime(new Date(`${today}T10:00:00`));
      await page.addInitScript((hostConfig) => Object.assign(window, { __E2E__: hostConfig }), config);
      await page.goto(`${server.origin}/taskpane.html`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(errors).toEqual([]);
      return page;
    },
    openPage: async (pathname, width) => {
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${server.origin}/${pathname}`);
      return page;
    },
    close: async () => {
      await context.close();
      await server.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export const shoot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });

/** Calls one of the host's test hooks (window.__e2e) in the page. */
export function host<T>(page: Page, call: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ([name, values]) =>
      (window as unknown as { __e2e: Record<string, (...a: unknown[]) => unknown> }).__e2e[name as string]?.(
        ...(values as unknown[]),
      ),
    [call, args] as const,
  ) as Promise<T>;
}
