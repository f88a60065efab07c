import { distinctWithinCell } from '../../grid/cell-text';
import type { ComputeResult, ItemAdjustment, MaterialEvaluation } from '../../../domain/types';
import { address, rangeAddress } from '../../grid/cells';
import type { CalculationRows } from './calculation-sheet';
import type { ChangeColumnKey } from './columns';
import { writeSectionHeading } from './footer';
import type { ChangeTableSection } from './rows';
import { dateToSerial } from '../../input/values';
import { DATE_FORMAT, wonFormat, wonFormatFor } from '../formats';
import type { OutputCell, OutputSheet, PrintSetup } from '../../grid/grid';
import type { SheetPlan } from '../../grid/sheet-plan';
import { type D, nearestDouble } from '../../../domain/decimal';
import { dateCell } from '../output-cell';
import type { OutputMeta } from '../output-meta';
import { printScale } from '../print-scale';
import { SheetBuilder } from '../sheet-builder';
import { SHEET } from '../../grid/sheet-names';
import { TITLE_LABEL, writeTitleBlock } from '../title-block';

/** The nine columns of the standard agreement's 【첨부2】, with widths that print at 10 pt on A4 landscape. */
const COLUMNS = [
  { header: '조정일', width: 10 },
  { header: '대상 원재료', width: 11 },
  { header: '기준시점', width: 13 },
  { header: '비교시점', width: 13 },
  { header: '조정 전', width: 10 },
  { header: '조정 후', width: 10 },
  { header: '조정대금 반영일', width: 10 },
  { header: '위탁기업 확인', width: 8 },
  { header: '수탁기업 확인', width: 8 },
] as const;
const WIDTHS = COLUMNS.map((column) => column.width);
const LAST_COLUMN = COLUMNS.length;
const SIGN_HERE = '서명·기명날인';

/**
 * `납품단가 변동표` (DOMAIN §4.1), the record both parties sign, in the 【첨부2】 form: per agreement
 * a heading, per item "◇ 연동 대상 목적물등의 명칭", one row per (adjustment date, material) where
 * the price changed, signature cells on each adjustment and a signature block closing the
 * agreement, which starts on a new printed page. Every number is a formula pointing at
 * `연동 계산 내역`, so the two sheets can never disagree.
 */
export function buildSignedChangeTable(
  result: ComputeResult,
  meta: OutputMeta,
  calculation: CalculationRows,
): OutputSheet {
  const { builder, headerTop, print } = layOutSignedTable(result, meta, calculation);
  return builder.build(SHEET.changeTable, WIDTHS, headerTop + 1, print);
}

/** The same table planned: each adjustment's rows made only as they are written. */
export function planSignedChangeTable(
  result: ComputeResult,
  meta: OutputMeta,
  calculation: CalculationRows,
): SheetPlan {
  const { builder, headerTop, print } = layOutSignedTable(result, meta, calculation);
  return builder.plan(SHEET.changeTable, WIDTHS, headerTop + 1, print);
}

function layOutSignedTable(result: ComputeResult, meta: OutputMeta, calculation: CalculationRows) {
  const { sections } = calculation;
  const sheet = new SheetBuilder();
  const headerTop = writeTitle(sheet, sections, result, meta) + 2;
  writeHeader(sheet, headerTop);
  const rowBreaks: number[] = [];
  let row = headerTop + 2;
  sections.forEach((section, index) => {
    row = writeAgreement(sheet, row, section, calculation);
    if (index < sections.length - 1) rowBreaks.push(row - 1);
    row += 1;
  });
  const print: PrintSetup = {
    paperSize: 'A4',
    orientation: 'landscape',
    fitToWidth: true,
    repeatRows: [headerTop, headerTop + 1],
    rowBreaks,
    scale: printScale(WIDTHS, 'landscape'),
  };
  return { builder: sheet, headerTop, print };
}

/** The title block: the parties and agreements of the table, dates and the inputs' fingerprint. */
function writeTitle(
  sheet: SheetBuilder,
  sections: readonly ChangeTableSection[],
  result: ComputeResult,
  meta: OutputMeta,
): number {
  const distinct = (pick: (section: ChangeTableSection) => string) => ({
    value: distinctWithinCell(sections.map(pick)),
  });
  return writeTitleBlock(
    sheet,
    SHEET.changeTable,
    [
      { label: TITLE_LABEL.buyer, cell: distinct((s) => s.buyer) },
      { label: TITLE_LABEL.supplier, cell: distinct((s) => s.supplier) },
      { label: TITLE_LABEL.agreementIds, cell: distinct((s) => s.agreementId) },
      { label: TITLE_LABEL.createdOn, cell: dateCell(meta.createdOn) },
      { label: TITLE_LABEL.asOf, cell: dateCell(result.asOf) },
      { label: TITLE_LABEL.fingerprint, cell: { value: meta.fingerprint } },
    ],
    LAST_COLUMN,
  );
}

/** One agreement from `row`: its heading, items and adjustments, the note and the signatures; the row after it. */
function writeAgreement(
  sheet: SheetBuilder,
  top: number,
  section: ChangeTableSection,
  calculation: CalculationRows,
): number {
  let row = writeSectionHeading(sheet, top, LAST_COLUMN, section);
  let item: string | null = null;
  for (const group of section.groups) {
    if (group.adjustment.item !== item) {
      item = group.adjustment.item;
      sheet.setMerged(row, 1, LAST_COLUMN, {
        value: `◇ 연동 대상 목적물등의 명칭: ${itemName(group.adjustment)}`,
        style: 'body',
      });
      row += 1;
    }
    const evaluations = group.rows.map((r) => r.evaluation);
    row = writeAdjustment(sheet, row, group.adjustment, evaluations, calculation);
  }
  row += 1;
  sheet.setMerged(row, 1, LAST_COLUMN, {
    value:
      "위 변동표의 조정 내용을 확인합니다. 숫자는 모두 같은 통합 문서의 '연동 계산 내역' 시트를 가리키는 수식입니다.",
    style: 'note',
  });
  signatureRow(sheet, row + 2, '위탁기업', section.buyer);
  signatureRow(sheet, row + 3, '수탁기업', section.supplier);
  return row + 4;
}

/** Two header rows, as the form has them: 원재료 가격 over 기준시점 | 비교시점, 납품단가 over 조정 전 | 조정 후. */
function writeHeader(sheet: SheetBuilder, top: number): void {
  const header = (value: string): OutputCell => ({ value, style: 'header' });
  for (const column of [1, 2, 7, 8, 9]) {
    sheet.set(top, column, header(COLUMNS[column - 1]?.header ?? ''));
    sheet.set(top + 1, column, header(''));
  }
  sheet.setMerged(top, 3, 4, header('원재료 가격'));
  sheet.setMerged(top, 5, 6, header('납품단가'));
  for (const column of [3, 4, 5, 6]) sheet.set(top + 1, column, header(COLUMNS[column - 1]?.header ?? ''));
  for (const column of [1, 2, 7, 8, 9]) mergeDown(sheet, top, top + 1, column);
}

/** One adjustment: a row per material; the item's dates, prices and signatures span its rows. */
function writeAdjustment(
  sheet: SheetBuilder,
  top: number,
  adjustment: ItemAdjustment,
  materials: readonly MaterialEvaluation[],
  calculation: CalculationRows,
): number {
  const { layout, rowOf } = calculation;
  const ref = (evaluation: MaterialEvaluation, key: ChangeColumnKey): string =>
    `'${SHEET.calculation}'!${address(rowOf.get(evaluation) ?? 0, layout.columnOf(key))}`;
  const first = materials[0];
  if (!first) return top;
  const spanned = adjustmentCells(adjustment, (key) => ref(first, key));
  sheet.setLazyRows(top, materials.length, LAST_COLUMN, (index) => (column) => {
    const evaluation = materials[index];
    if (evaluation === undefined) return undefined;
    switch (column) {
      case 2:
        return { value: evaluation.material, style: 'body' };
      case 3:
        return priceCell(ref(evaluation, 'basePrice'), evaluation.basePrice);
      case 4:
        return priceCell(ref(evaluation, 'comparisonPrice'), evaluation.comparisonPrice);
      default:
        // Below the first row the spanned columns are the merge's empty cells.
        return index === 0 ? spanned(column) : { style: 'body' };
    }
  });
  const bottom = top + materials.length - 1;
  if (bottom > top)
    for (const column of [1, 5, 6, 7, 8, 9]) sheet.addMerge(rangeAddress(top, column, bottom, column));
  return bottom + 1;
}

/** The cells of an adjustment that span its material rows: dates, unit prices, signatures. */
function adjustmentCells(
  adjustment: ItemAdjustment,
  ref: (key: ChangeColumnKey) => string,
): (column: number) => OutputCell {
  const decimals = adjustment.priceDecimals;
  return (column) => {
    switch (column) {
      case 1:
        return linked(ref('adjustmentDate'), dateToSerial(adjustment.adjustmentDate), DATE_FORMAT);
      case 5:
        return linked(ref('unitPriceBefore'), nearestDouble(adjustment.unitPriceBefore), wonFormat(decimals));
      case 6:
        return linked(ref('unitPriceAfter'), nearestDouble(adjustment.unitPriceAfter), wonFormat(decimals));
      case 7:
        return linked(ref('effectiveDate'), dateToSerial(adjustment.effectiveDate), DATE_FORMAT);
      default:
        return { value: SIGN_HERE, style: 'note' };
    }
  };
}

function priceCell(formula: string, price: D): OutputCell {
  return linked(formula, nearestDouble(price), wonFormatFor(price, 0));
}

function linked(formula: string, result: number, numberFormat: string): OutputCell {
  return { formula, result, numberFormat, style: 'body' };
}

/** Merges a column over rows (the cells below the first stay empty, as Excel keeps them). */
function mergeDown(sheet: SheetBuilder, top: number, bottom: number, column: number): void {
  for (let row = top + 1; row <= bottom; row += 1)
    if (!sheet.cellAt(row, column)) sheet.set(row, column, { style: 'body' });
  sheet.addMerge(rangeAddress(top, column, bottom, column));
}

function signatureRow(sheet: SheetBuilder, row: number, role: string, name: string): void {
  sheet.set(row, 1, { value: role, style: 'signature' });
  sheet.setMerged(row, 2, 4, { value: name, style: 'signature' });
  sheet.set(row, 5, { value: '(인)', style: 'signature' });
  sheet.set(row, 6, { value: '일자', style: 'signature' });
  sheet.setMerged(row, 7, 9, { value: '', style: 'signature' });
}

function itemName(adjustment: ItemAdjustment): string {
  return adjustment.partNo ? `${adjustment.item} (${adjustment.partNo})` : adjustment.item;
}
