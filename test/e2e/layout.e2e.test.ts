/**
 * The pane at the widths Excel gives a task pane (320 px is the narrowest, 350 px the default
 * on the web) in Office's light and dark themes: the built pane in headless chromium, clicked
 * through every step with the sample workbook, measured at each step (one-row step bar, nothing
 * wider than the pane, no word broken over two lines), with a screenshot of the first step and of
 * the computed preview in test/e2e/screenshots/.
 */
import * as path from 'path';
import type { Page } from 'playwright-core';
import { readWorkbookFile } from '../../src/adapters/xlsx';
import type { WorkbookGrids } from '../../src/workbook/grid/grid';
import { measureLayout } from './layout-checks';
import {
  cspViolations,
  jsonGrids,
  SCREENSHOTS,
  shoot,
  startPaneBrowser,
  type PaneBrowser,
} from './pane-browser';

const ROOT = path.join(__dirname, '..', '..');
const TODAY = '2025-01-15';

/** Office.context.officeTheme as Excel gives it in its light (Colorful) and dark (Black) themes. */
const THEMES: Record<'light' | 'dark', Office.OfficeTheme> = {
  light: {
    bodyBackgroundColor: '#FFFFFF',
    bodyForegroundColor: '#262626',
    controlBackgroundColor: '#FFFFFF',
    controlForegroundColor: '#262626',
    isDarkTheme: false,
    themeId: 'Colorful' as unknown as Office.ThemeId,
  },
  dark: {
    bodyBackgroundColor: '#262626',
    bodyForegroundColor: '#FFFFFF',
    controlBackgroundColor: '#363636',
    controlForegroundColor: '#FFFFFF',
    isDarkTheme: true,
    themeId: 'Black' as unknown as Office.ThemeId,
  },
};

const STEPS = {
  ko: [
    ['① 템플릿 만들기', '템플릿 만들기', /그대로 둔 시트/],
    ['② 검사', '검사', /오류나 경고가 없습니다/],
    ['③ 계산', '계산', /단가 변동 합계/],
    ['④ 변동표 작성', '변동표 작성', /작성했습니다/],
    ['⑤ 검증', '검증', /재계산과 일치합니다/],
  ],
  en: [
    ['① Template', 'Create template', /Kept as they were/],
    ['② Check', 'Check', /No errors or warnings/],
    ['③ Compute', 'Compute', /Total unit-price change/],
    ['④ Write table', 'Write table', /Written:/],
    ['⑤ Verify', 'Verify', /match the recomputation/],
  ],
} as const;

let browser: PaneBrowser;
let grids: WorkbookGrids;

beforeAll(async () => {
  grids = jsonGrids(await readWorkbookFile(path.join(ROOT, 'assets', 'sample-workbook.xlsx')));
  browser = await startPaneBrowser(TODAY);
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

async function expectFits(page: Page, where: string): Promise<void> {
  const report = await measureLayout(page);
  expect({ where, ...report }).toEqual({
    where,
    stepRows: 1,
    stepCount: 7,
    overflowing: [],
    brokenWords: [],
    pageScrollsSideways: false,
  });
}

describe.each([
  [320, 'light', 'ko'],
  [320, 'dark', 'ko'],
  [350, 'light', 'ko'],
  [350, 'dark', 'ko'],
  [320, 'light', 'en'],
] as const)('the pane at %i px, %s theme, %s', (width, theme, language) => {
  const name = `layout-${width}-${theme}-${language}`;
  let page: Page;

  beforeAll(async () => {
    const displayLanguage = language === 'ko' ? 'ko-KR' : 'en-US';
    page = await browser.open({ grids, displayLanguage, officeTheme: THEMES[theme] }, width);
  });

  afterAll(async () => {
    await page?.close();
  });

  it("follows Office's theme, says where it runs in words and what the replace switch does", async () => {
    await page.getByText(language === 'ko' ? '실행 환경: Excel 웹' : 'Running in Excel on the web').waitFor();
    await page.getByText(language === 'ko' ? /꺼짐: 기존 변동표는/ : /Off: the existing table/).waitFor();
    const background = await page.evaluate(
      () => getComputedStyle(document.querySelector('#root > div') ?? document.body).backgroundColor,
    );
    expect(background).toBe(theme === 'dark' ? 'rgb(38, 38, 38)' : 'rgb(255, 255, 255)');
    await shoot(page, `${name}-1-start`);
  });

  it.each(STEPS[language].map((step) => [...step]))(
    '%s fits: one-row step bar, nothing wider than the pane, no word split',
    async (tab, action, result) => {
      await page.getByRole('tab', { name: tab }).click();
      await page.getByRole('heading', { level: 2, name: tab }).waitFor();
      await page.getByRole('button', { name: action, exact: true }).click();
      await page.getByText(result).first().waitFor();
      await expectFits(page, `${name} ${tab}`);
      if (tab.startsWith('③')) await shoot(page, `${name}-3-compute`);
    },
  );

  it('ran every step under the production CSP without a refusal', async () => {
    expect(await cspViolations(page)).toEqual([]);
  });
});

/** The pane's seven steps and one to spare. */
const STEPS_TO_FIT = 8;

describe(`the step bar with ${STEPS_TO_FIT} steps`, () => {
  it('stays one row inside 320 px', async () => {
    const page = await browser.open({ grids, displayLanguage: 'ko-KR' }, 320);
    // More line + dot pairs, as the stepper draws them, at the end of the bar.
    await page.evaluate((target) => {
      const dots = [...document.querySelectorAll('[role="tab"]')];
      const dot = dots.pop();
      const line = dot?.previousElementSibling;
      let last = dot;
      for (let label = dots.length + 2; label <= target; label += 1) {
        const copy = dot?.cloneNode(true) as HTMLElement | undefined;
        if (!copy || !line || !last) throw new Error('no step bar');
        copy.textContent = String(label);
        last.after(line.cloneNode(true), copy);
        last = copy;
      }
    }, STEPS_TO_FIT);
    const report = await measureLayout(page);
    expect({
      stepRows: report.stepRows,
      stepCount: report.stepCount,
      overflowing: report.overflowing,
    }).toEqual({
      stepRows: 1,
      stepCount: STEPS_TO_FIT,
      overflowing: [],
    });
    await page
      .locator('[role="tablist"]')
      .screenshot({ path: path.join(SCREENSHOTS, `layout-320-${STEPS_TO_FIT}-steps.png`) });
    await page.close();
  });
});

describe('the help page (the manifest SupportUrl)', () => {
  it('fits 320 px in Korean and English, under the production CSP', async () => {
    const page = await browser.openPage('help.html', 320);
    await page.getByRole('heading', { level: 1, name: '납품대금 연동 계산기 도움말' }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Delivery Price Indexation — help' }).waitFor();
    const csp = await page.evaluate(
      () =>
        document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
    );
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await cspViolations(page)).toEqual([]);
    await shoot(page, 'help-320');
    // The policy is live and the refusals are seen: an image from elsewhere is refused.
    await page.evaluate(() => {
      const image = document.createElement('img');
      image.src = 'https://elsewhere.example/pixel.png';
      document.body.append(image);
    });
    await page.waitForFunction(() => ((window as unknown as { __csp?: string[] }).__csp ?? []).length > 0);
    expect(await cspViolations(page)).toEqual(['img-src https://elsewhere.example/pixel.png']);
    await page.close();
  });
});
