import { distinctWithinCell } from './cell-text';
import type { IsoDate } from '../domain/dates';
import { D, DisplayRatio, ZERO } from '../domain/decimal';
import type { AgreementRow, ComputeResult, ItemAdjustment, MaterialEvaluation } from '../domain/types';
import { address } from './cells';
import { fitColumnWidths } from './column-widths';
import { PERCENT_FORMAT, quantityFormatFor, wonFormat, wonFormatFor } from './formats';
import type { OutputSheet } from './grid';
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

/** The columns of the ministry's 연동 실적 작성표 (2023 pilot), DOMAIN §4.5. */
const COLUMNS: readonly { readonly key: Column; readonly header: string }[] = [
  { key: 'buyer', header: '위탁기업명' },
  { key: 'supplier', header: '수탁기업명' },
  { key: 'agreementCount', header: '약정건수' },
  { key: 'signedOn', header: '체결일자' },
  { key: 'item', header: '대상물품명' },
  { key: 'material', header: '대상원재료' },
  { key: 'unit', header: '단위' },
  { key: 'index', header: '기준지표' },
  { key: 'basePrice', header: '기준시점 가격 (a)' },
  { key: 'comparisonPrice', header: '비교시점 가격 (b)' },
  { key: 'changeRate', header: '변동률 (b−a)/a' },
  { key: 'priceBefore', header: '조정 전 단가 (e)' },
  { key: 'priceAfter', header: '조정 후 단가 (f)' },
  { key: 'priceChange', header: '조정 단가 (f−e)' },
  { key: 'formula', header: '산식' },
  { key: 'quantity', header: '조정 후 납품물량 (g)' },
  { key: 'performance', header: '연동 실적 (f−e)×g' },
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
  const signedOn = new Map(agreements.map((row) => [row.agreementId, row.signedOn]));
  const pairs = new Map<string, Set<string>>();
  for (const row of agreements) {
    const key = `${row.buyer}\u0000${row.supplier}`;
    pairs.set(key, (pairs.get(key) ?? new Set()).add(row.agreementId));
  }
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
  let row = headerRow + 1;
  const firstRows: number[] = [];
  for (const adjustment of adjustments) {
    const count = pairs.get(`${adjustment.buyer}\u0000${adjustment.supplier}`)?.size ?? 1;
    adjustment.materials.forEach((material, index) => {
      const first = index === 0;
      if (first) firstRows.push(row);
      for (const column of COLUMNS) {
        const content = contentOf(column.key, adjustment, material, first, count, signedOn);
        sheet.set(
          row,
          columnOf(column.key),
          toOutputCell(content, formulaOf(column.key, row, first && content !== null)),
        );
      }
      row += 1;
    });
  }
  if (adjustments.length === 0) {
    sheet.setMerged(row, 1, lastColumn, { value: '기간 안에 단가 조정이 없습니다.', style: 'note' });
    row += 1;
  }
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
  sheet.setMerged(row + 2, 1, lastColumn, { value: LABEL_NOTE, style: 'note' });
  return sheet.build(PERFORMANCE_SHEET, fitColumnWidths(sheet, lastColumn, headerRow), headerRow, {
    paperSize: 'A4',
    orientation: 'landscape',
    fitToWidth: true,
    repeatRows: [headerRow, headerRow],
  });
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

function contentOf(
  key: Column,
  adjustment: ItemAdjustment,
  material: MaterialEvaluation,
  first: boolean,
  agreementCount: number,
  signedOn: ReadonlyMap<string, IsoDate>,
): CellContent | null {
  const text = (value: string): CellContent => ({ kind: 'text', text: value });
  const decimals = adjustment.priceDecimals;
  const price = (value: D): CellContent => ({ kind: 'number', value, format: wonFormatFor(value, 0) });
  switch (key) {
    case 'buyer':
      return text(adjustment.buyer);
    case 'supplier':
      return text(adjustment.supplier);
    case 'agreementCount':
      return { kind: 'number', value: new D(agreementCount), format: '0' };
    case 'signedOn': {
      const date = signedOn.get(adjustment.agreementId);
      return date === undefined ? null : { kind: 'date', date };
    }
    case 'item':
      return text(adjustment.partNo ? `${adjustment.item} (${adjustment.partNo})` : adjustment.item);
    case 'material':
      return text(material.material);
    case 'unit': {
      const unit = material.unit ?? '';
      return text(material.currency === 'KRW' ? unit : `${material.currency}${unit ? `/${unit}` : ''}`);
    }
    case 'index':
      return text(material.index);
    case 'basePrice':
      return price(material.basePrice);
    case 'comparisonPrice':
      return price(material.comparisonPrice);
    case 'changeRate':
      return {
        kind: 'number',
        value: new DisplayRatio(material.comparisonPrice.minus(material.basePrice)).dividedBy(
          material.basePrice,
        ),
        format: PERCENT_FORMAT,
      };
    case 'formula':
      return text(FORMULA_LABEL[material.formula]);
    case 'priceBefore':
      return first
        ? { kind: 'number', value: adjustment.unitPriceBefore, format: wonFormat(decimals) }
        : null;
    case 'priceAfter':
      return first ? { kind: 'number', value: adjustment.unitPriceAfter, format: wonFormat(decimals) } : null;
    case 'priceChange': {
      const change = adjustment.unitPriceAfter.minus(adjustment.unitPriceBefore);
      return first ? { kind: 'number', value: change, format: wonFormat(decimals) } : null;
    }
    case 'quantity': {
      const quantity = quantityOf(adjustment);
      return first && quantity !== null
        ? { kind: 'number', value: quantity, format: quantityFormatFor(quantity) }
        : null;
    }
    case 'performance': {
      const performance = performanceOf(adjustment);
      return first && performance !== null
        ? { kind: 'number', value: performance, format: wonFormatFor(performance, decimals) }
        : null;
    }
  }
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
