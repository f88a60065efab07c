import { distinctWithinCell } from '../grid/cell-text';
import type { IsoDate } from '../../domain/dates';
import { D, DisplayRatio, ZERO } from '../../domain/decimal';
import type { AgreementRow, ComputeResult, ItemAdjustment, MaterialEvaluation } from '../../domain/types';
import { address } from '../grid/cells';
import { fitColumnWidths } from './column-widths';
import { PERCENT_FORMAT, quantityFormatFor, wonFormat, wonFormatFor } from './formats';
import type { OutputSheet } from '../grid/grid';
import { FORMULA_LABEL } from './korean-labels';
import type { OutputMeta } from './output-meta';
import { type CellContent, dateCell, toOutputCell } from './output-cell';
import { SheetBuilder } from './sheet-builder';
import { TITLE_LABEL, writeTitleBlock } from './title-block';

/** The period of the report: adjustment dates from `from` to `to`, both inclusive; null = open. */
export interface ReportPeriod {
  readonly from: IsoDate | null;
  readonly to: IsoDate | null;
}

export const PERFORMANCE_SHEET = '연동 실적';

type Column =
  | 'buyer'
  | 'supplier'
  | 'agreementCount'
  | 'signedOn'
  | 'item'
  | 'material'
  | 'unit'
  | 'index'
  | 'basePrice'
  | 'comparisonPrice'
  | 'changeRate'
  | 'priceBefore'
  | 'priceAfter'
  | 'priceChange'
  | 'formula'
  | 'quantity'
  | 'performance';

/** What a row of the report is made from: one material of one adjustment. */
interface ReportRow {
  readonly adjustment: ItemAdjustment;
  readonly material: MaterialEvaluation;
  /** Agreements between the adjustment's buyer and supplier. */
  readonly agreementCount: number;
  readonly signedOn: IsoDate | undefined;
}

interface ReportColumn {
  readonly key: Column;
  readonly header: string;
  /** An item figure: written on the adjustment's first row only. */
  readonly itemOnly?: true;
  readonly content: (row: ReportRow) => CellContent | null;
}

const text = (value: string): CellContent => ({ kind: 'text', text: value });
const price = (value: D): CellContent => ({ kind: 'number', value, format: wonFormatFor(value, 0) });
const unitPrice = (value: D, { adjustment }: ReportRow): CellContent => ({
  kind: 'number',
  value,
  format: wonFormat(adjustment.priceDecimals),
});

/** The columns of the ministry's 연동 실적 작성표 (2023 pilot), DOMAIN §4.5. */
const COLUMNS: readonly ReportColumn[] = [
  { key: 'buyer', header: '위탁기업명', content: ({ adjustment }) => text(adjustment.buyer) },
  { key: 'supplier', header: '수탁기업명', content: ({ adjustment }) => text(adjustment.supplier) },
  {
    key: 'agreementCount',
    header: '약정건수',
    content: ({ agreementCount }) => ({ kind: 'number', value: new D(agreementCount), format: '0' }),
  },
  {
    key: 'signedOn',
    header: '체결일자',
    content: ({ signedOn }) => (signedOn === undefined ? null : { kind: 'date', date: signedOn }),
  },
  {
    key: 'item',
    header: '대상물품명',
    content: ({ adjustment }) =>
      text(adjustment.partNo ? `${adjustment.item} (${adjustment.partNo})` : adjustment.item),
  },
  { key: 'material', header: '대상원재료', content: ({ material }) => text(material.material) },
  { key: 'unit', header: '단위', content: ({ material }) => text(unitOf(material)) },
  { key: 'index', header: '기준지표', content: ({ material }) => text(material.index) },
  { key: 'basePrice', header: '기준시점 가격 (a)', content: ({ material }) => price(material.basePrice) },
  {
    key: 'comparisonPrice',
    header: '비교시점 가격 (b)',
    content: ({ material }) => price(material.comparisonPrice),
  },
  {
    key: 'changeRate',
    header: '변동률 (b−a)/a',
    content: ({ material }) => ({
      kind: 'number',
      value: new DisplayRatio(material.comparisonPrice.minus(material.basePrice)).dividedBy(
        material.basePrice,
      ),
      format: PERCENT_FORMAT,
    }),
  },
  {
    key: 'priceBefore',
    header: '조정 전 단가 (e)',
    itemOnly: true,
    content: (row) => unitPrice(row.adjustment.unitPriceBefore, row),
  },
  {
    key: 'priceAfter',
    header: '조정 후 단가 (f)',
    itemOnly: true,
    content: (row) => unitPrice(row.adjustment.unitPriceAfter, row),
  },
  {
    key: 'priceChange',
    header: '조정 단가 (f−e)',
    itemOnly: true,
    content: (row) => unitPrice(row.adjustment.unitPriceAfter.minus(row.adjustment.unitPriceBefore), row),
  },
  { key: 'formula', header: '산식', content: ({ material }) => text(FORMULA_LABEL[material.formula]) },
  { key: 'quantity', header: '조정 후 납품물량 (g)', itemOnly: true, content: quantityContent },
  { key: 'performance', header: '연동 실적 (f−e)×g', itemOnly: true, content: performanceContent },
];

const columnOf = (key: Column): number => COLUMNS.findIndex((column) => column.key === key) + 1;

export const LABEL_NOTE =
  '변동률은 (b − a) ÷ a입니다. 중기부 실적 작성표의 머리글은 "(a−b)/b"라고 적지만 그 칸의 수식은 (b−a)/a로 계산하므로, 계산을 따랐습니다. ' +
  '조정 단가·납품물량·연동 실적은 물품 단위 값이라 조정마다 첫 원재료 행에만 적습니다.';

/**
 * `연동 실적` (DOMAIN §4.5): one row per (adjustment, material) whose adjustment date lies in the
 * period. Item figures (e, f, f − e, g and (f − e) × g) stand on the adjustment's first row only,
 * so that the total is not counted once per material; g is the quantity delivered under the
 * adjustment (from its effective date to the next). 변동률, f − e and the 실적 are live formulas.
 */
export function buildPerformanceReport(
  result: ComputeResult,
  agreements: readonly AgreementRow[],
  period: ReportPeriod,
  meta: OutputMeta,
): OutputSheet {
  const adjustments = result.adjustments.filter(
    (adjustment) =>
      (period.from === null || adjustment.adjustmentDate >= period.from) &&
      (period.to === null || adjustment.adjustmentDate <= period.to),
  );
  const lastColumn = COLUMNS.length;
  const sheet = new SheetBuilder();
  const titleEnd = writeTitleBlock(
    sheet,
    '납품대금 연동 실적',
    [
      { label: TITLE_LABEL.buyer, cell: { value: distinctWithinCell(adjustments.map((a) => a.buyer)) } },
      { label: '기간', cell: { value: `${period.from ?? '처음'} ~ ${period.to ?? '기준일'} (조정일 기준)` } },
      { label: TITLE_LABEL.createdOn, cell: dateCell(meta.createdOn) },
      { label: TITLE_LABEL.asOf, cell: dateCell(result.asOf) },
      { label: TITLE_LABEL.fingerprint, cell: { value: meta.fingerprint } },
    ],
    lastColumn,
  );
  const headerRow = titleEnd + 2;
  COLUMNS.forEach((column, index) =>
    sheet.set(headerRow, index + 1, { value: column.header, style: 'header' }),
  );
  const { next, firstRows } = writeAdjustmentRows(sheet, headerRow + 1, adjustments, agreements);
  let row = next;
  if (adjustments.length === 0) {
    sheet.setMerged(row, 1, lastColumn, { value: '기간 안에 단가 조정이 없습니다.', style: 'note' });
    row += 1;
  }
  writeTotal(sheet, row, adjustments, firstRows);
  sheet.setMerged(row + 2, 1, lastColumn, { value: LABEL_NOTE, style: 'note' });
  return sheet.build(PERFORMANCE_SHEET, fitColumnWidths(sheet, lastColumn, headerRow), headerRow, {
    paperSize: 'A4',
    orientation: 'landscape',
    fitToWidth: true,
    repeatRows: [headerRow, headerRow],
  });
}

/** One row per material of each adjustment from `start`; returns the next row and each adjustment's first. */
function writeAdjustmentRows(
  sheet: SheetBuilder,
  start: number,
  adjustments: readonly ItemAdjustment[],
  agreements: readonly AgreementRow[],
): { readonly next: number; readonly firstRows: readonly number[] } {
  const signedOn = new Map(agreements.map((row) => [row.agreementId, row.signedOn]));
  const pairs = new Map<string, Set<string>>();
  for (const row of agreements) {
    const key = `${row.buyer}\u0000${row.supplier}`;
    pairs.set(key, (pairs.get(key) ?? new Set()).add(row.agreementId));
  }
  let row = start;
  const firstRows: number[] = [];
  for (const adjustment of adjustments) {
    const agreementCount = pairs.get(`${adjustment.buyer}\u0000${adjustment.supplier}`)?.size ?? 1;
    adjustment.materials.forEach((material, index) => {
      const first = index === 0;
      if (first) firstRows.push(row);
      const source = { adjustment, material, agreementCount, signedOn: signedOn.get(adjustment.agreementId) };
      for (const column of COLUMNS) {
        const content = column.itemOnly && !first ? null : column.content(source);
        sheet.set(
          row,
          columnOf(column.key),
          toOutputCell(content, formulaOf(column.key, row, first && content !== null)),
        );
      }
      row += 1;
    });
  }
  return { next: row, firstRows };
}

/** 합계: the sum of the 실적, live over the adjustments' first rows. */
function writeTotal(
  sheet: SheetBuilder,
  row: number,
  adjustments: readonly ItemAdjustment[],
  firstRows: readonly number[],
): void {
  const total = adjustments.reduce((sum, adjustment) => sum.plus(performanceOf(adjustment) ?? ZERO), ZERO);
  sheet.setMerged(row, 1, columnOf('performance') - 1, { value: '합계', style: 'total' });
  const performance = columnOf('performance');
  sheet.set(
    row,
    performance,
    toOutputCell(
      { kind: 'number', value: total, format: wonFormatFor(total, 0) },
      firstRows.length === 0
        ? undefined
        : `SUM(${firstRows.map((first) => address(first, performance)).join(',')})`,
      'total',
    ),
  );
}

/** g: the quantity delivered under the adjustment; null when no delivery was given. */
function quantityOf(adjustment: ItemAdjustment): D | null {
  return adjustment.deliveries.length === 0
    ? null
    : adjustment.deliveries.reduce((sum, delivery) => sum.plus(delivery.quantity), ZERO);
}

/** (f − e) × g, or null without deliveries. */
export function performanceOf(adjustment: ItemAdjustment): D | null {
  const quantity = quantityOf(adjustment);
  return quantity === null
    ? null
    : adjustment.unitPriceAfter.minus(adjustment.unitPriceBefore).times(quantity);
}

/** The material's unit, with the index's currency when it is not KRW. */
function unitOf(material: MaterialEvaluation): string {
  const unit = material.unit ?? '';
  return material.currency === 'KRW' ? unit : `${material.currency}${unit ? `/${unit}` : ''}`;
}

function quantityContent({ adjustment }: ReportRow): CellContent | null {
  const quantity = quantityOf(adjustment);
  return quantity === null ? null : { kind: 'number', value: quantity, format: quantityFormatFor(quantity) };
}

function performanceContent({ adjustment }: ReportRow): CellContent | null {
  const performance = performanceOf(adjustment);
  return performance === null
    ? null
    : { kind: 'number', value: performance, format: wonFormatFor(performance, adjustment.priceDecimals) };
}

/** Live formulas: 변동률 (b − a)/a on every row; f − e and (f − e) × g where the row carries them. */
function formulaOf(key: Column, row: number, itemRow: boolean): string | undefined {
  const at = (column: Column): string => address(row, columnOf(column));
  switch (key) {
    case 'changeRate':
      return `(${at('comparisonPrice')}-${at('basePrice')})/${at('basePrice')}`;
    case 'priceChange':
      return itemRow ? `${at('priceAfter')}-${at('priceBefore')}` : undefined;
    case 'performance':
      return itemRow ? `(${at('priceAfter')}-${at('priceBefore')})*${at('quantity')}` : undefined;
    default:
      return undefined;
  }
}
