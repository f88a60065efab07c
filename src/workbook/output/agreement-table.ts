import { baseReferenceDay } from '../../domain/price-book';
import type { AgreementRow } from '../../domain/types';
import { displayWidth } from './column-widths';
import type { OutputCell, OutputSheet } from '../grid/grid';
import { agreementTermsText, type AgreementTerms } from './agreement-terms';
import { printScale } from './print-scale';
import { SheetBuilder } from './sheet-builder';
import { SHEET } from '../grid/sheet-names';
import { dateCell } from './output-cell';

/** What the 연동표 needs beyond the agreement rows: the date it is drawn up and each index's unit. */
export interface AgreementTableMeta {
  readonly createdOn: string;
  /** Unit of each index as the price sheet gives it ("kg", "t"); missing before any price exists. */
  readonly unitOf: (index: string) => string | null;
}

const LABEL_WIDTH = 28;
const TEXT_WIDTH = 62;
/** Characters of column B that fit one printed line at 10 pt (Hangul counts twice). */
const LINE_CHARS = TEXT_WIDTH - 2;
const LINE_POINTS = 15;

/**
 * `연동표` (DOMAIN §4.4), the agreed terms in the ten rows of the standard agreement's 【첨부1】:
 * one block per (agreement, item, material), the formula written out with the row's own values,
 * and a signature block closing each agreement, which starts on a new printed page. It needs
 * the agreement rows alone: a buyer drafts it before any price has moved.
 */
export function buildAgreementTable(rows: readonly AgreementRow[], meta: AgreementTableMeta): OutputSheet {
  const sheet = new SheetBuilder();
  const heights: number[] = [];
  const rowBreaks: number[] = [];
  sheet.setMerged(1, 1, 2, { value: '납품대금 연동표', style: 'title' });
  label(sheet, 2, '양식', '표준 연동계약서 【첨부1】 (중소벤처기업부·공정거래위원회 가이드북 2023.9)');
  label(sheet, 3, '작성일', dateCell(meta.createdOn));
  let row = 5;
  const agreements = groupByAgreement(rows);
  agreements.forEach((agreementRows, index) => {
    const first = agreementRows[0];
    if (!first) return;
    sheet.setMerged(row, 1, 2, {
      value: `약정번호 ${first.agreementId} · 위탁기업 ${first.buyer} · 수탁기업 ${first.supplier}`,
      style: 'label',
    });
    row += 2;
    for (const agreementRow of agreementRows) {
      row = writeBlock(sheet, heights, row, agreementTermsText(termsOf(agreementRow, meta)));
      row += 1;
    }
    row = writeSignatures(sheet, row, first);
    if (index < agreements.length - 1) rowBreaks.push(row - 1);
    row += 1;
  });
  if (agreements.length === 0) {
    sheet.setMerged(row, 1, 2, { value: '연동약정 행이 없습니다.', style: 'note' });
  }
  const built = sheet.build(SHEET.agreementTable, [LABEL_WIDTH, TEXT_WIDTH], 0, {
    paperSize: 'A4',
    orientation: 'landscape',
    fitToWidth: true,
    repeatRows: null,
    rowBreaks,
    scale: printScale([LABEL_WIDTH, TEXT_WIDTH], 'landscape'),
  });
  return { ...built, rowHeights: heights };
}

function termsOf(row: AgreementRow, meta: AgreementTableMeta): AgreementTerms {
  return { row, unit: meta.unitOf(row.index), baseReferenceDay: baseReferenceDay(row.basePoint) };
}

function groupByAgreement(rows: readonly AgreementRow[]): AgreementRow[][] {
  const groups = new Map<string, AgreementRow[]>();
  for (const row of rows) {
    const list = groups.get(row.agreementId) ?? [];
    list.push(row);
    groups.set(row.agreementId, list);
  }
  return [...groups.values()];
}

function label(sheet: SheetBuilder, row: number, text: string, value: string | OutputCell): void {
  sheet.set(row, 1, { value: text, style: 'label' });
  sheet.set(row, 2, typeof value === 'string' ? { value, style: 'body' } : { ...value, style: 'body' });
}

/** The header row and the ten numbered rows (9.1 included); returns the row after the block. */
function writeBlock(
  sheet: SheetBuilder,
  heights: number[],
  top: number,
  lines: readonly { readonly label: string; readonly text: string }[],
): number {
  sheet.set(top, 1, { value: '구분', style: 'header' });
  sheet.set(top, 2, { value: '기재사항', style: 'header' });
  lines.forEach((line, index) => {
    const row = top + 1 + index;
    sheet.set(row, 1, { value: line.label, style: 'label' });
    sheet.set(row, 2, { value: line.text, style: 'text' });
    heights[row - 1] = heightFor(line.text);
  });
  return top + 1 + lines.length;
}

/** Printed height of a wrapped text cell: Excel does not grow rows for text written by a program. */
function heightFor(text: string): number {
  const lines = text
    .split('\n')
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(displayWidth(line) / LINE_CHARS)), 0);
  return Math.max(1, lines) * LINE_POINTS;
}

function writeSignatures(sheet: SheetBuilder, top: number, first: AgreementRow): number {
  sheet.setMerged(top, 1, 2, {
    value: `위 연동표의 내용에 합의합니다. (약정번호 ${first.agreementId}, 약정일 ${first.signedOn})`,
    style: 'note',
  });
  sheet.set(top + 2, 1, { value: `위탁기업: ${first.buyer}`, style: 'signature' });
  sheet.set(top + 2, 2, { value: '(인)          일자:', style: 'signature' });
  sheet.set(top + 3, 1, { value: `수탁기업: ${first.supplier}`, style: 'signature' });
  sheet.set(top + 3, 2, { value: '(인)          일자:', style: 'signature' });
  return top + 4;
}
