/**
 * What the pane must look like at 320–350 px, measured in the page: the step bar is one row,
 * nothing sticks out to the right, and no word is split over two lines.
 */
import type { Page } from 'playwright-core';

export interface LayoutReport {
  /** Distinct top edges of the step bar's dots (one row: exactly one). */
  readonly stepRows: number;
  readonly stepCount: number;
  /** Elements whose right edge passes the viewport, as "tag.class text…". */
  readonly overflowing: readonly string[];
  /** Words drawn on more than one line, with the lines' tops. */
  readonly brokenWords: readonly string[];
  readonly pageScrollsSideways: boolean;
}

/** Measures the pane as drawn now (runs in the page; no library code there). */
export function measureLayout(page: Page): Promise<LayoutReport> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const root = document.getElementById('root');
    if (!root) throw new Error('no #root');
    const describe = (element: Element): string =>
      `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 30)}"`;

    const tops = [...document.querySelectorAll('[role="tab"]')].map((tab) =>
      Math.round(tab.getBoundingClientRect().top),
    );
    const overflowing = [...root.querySelectorAll('*')]
      .filter((element) => {
        const rect = element.getBoundingClientRect();
        return rect.width > 0 && rect.right > width + 0.5;
      })
      .map(describe);

    const brokenWords: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (node.parentElement?.closest('svg, option, select')) continue;
      for (const match of text.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set(
          [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom / 4)),
        );
        if (lines.size > 1) brokenWords.push(`${match[0]} (${[...lines].map((l) => l * 4).join(', ')})`);
      }
    }
    return {
      stepRows: new Set(tops).size,
      stepCount: tops.length,
      overflowing,
      brokenWords,
      pageScrollsSideways: document.documentElement.scrollWidth > width,
    };
  });
}
