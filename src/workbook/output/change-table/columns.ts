/** The columns of `연동 계산 내역` (DOMAIN §4.2), in sheet order. */

export type ChangeColumnKey =
  | 'serial'
  | 'agreementId'
  | 'item'
  | 'partNo'
  | 'adjustmentDate'
  | 'effectiveDate'
  | 'costKind'
  | 'material'
  | 'index'
  | 'formula'
  | 'materialContent'
  | 'basePrice'
  | 'comparisonPrice'
  | 'changeRate'
  | 'threshold'
  | 'reflectionRatio'
  | 'reflectionMode'
  | 'unitPriceDelta'
  | 'unitPriceBefore'
  | 'unitPriceAfter'
  | 'deliveredQuantity'
  | 'amountBefore'
  | 'amountAfter'
  | 'adjustmentAmount'
  | 'originalUnitPrice'
  | 'materialShare'
  | 'originalBasePrice'
  | 'baseFx'
  | 'comparisonFx';

/** How a column's cells are written and read back. `rate` cells hold fractions shown as %. */
export type ColumnKind = 'serial' | 'text' | 'date' | 'won' | 'rate' | 'quantity';

export interface ChangeColumn {
  readonly key: ChangeColumnKey;
  readonly header: string;
  readonly kind: ColumnKind;
}

const MAIN_COLUMNS: readonly ChangeColumn[] = [
  { key: 'serial', header: '연번', kind: 'serial' },
  { key: 'agreementId', header: '약정번호', kind: 'text' },
  { key: 'item', header: '물품명', kind: 'text' },
  { key: 'partNo', header: '품번', kind: 'text' },
  { key: 'adjustmentDate', header: '조정일', kind: 'date' },
  { key: 'effectiveDate', header: '조정대금 반영일', kind: 'date' },
  { key: 'material', header: '원재료', kind: 'text' },
  { key: 'index', header: '기준지표', kind: 'text' },
  { key: 'formula', header: '산식', kind: 'text' },
  { key: 'materialContent', header: '단위당 원재료량 (q)', kind: 'quantity' },
  { key: 'basePrice', header: '기준시점 가격 (B)', kind: 'won' },
  { key: 'comparisonPrice', header: '비교시점 가격 (P)', kind: 'won' },
  { key: 'changeRate', header: '변동률', kind: 'rate' },
  { key: 'threshold', header: '조정요건', kind: 'rate' },
  { key: 'reflectionRatio', header: '반영비율', kind: 'rate' },
  { key: 'reflectionMode', header: '반영방식', kind: 'text' },
  { key: 'unitPriceDelta', header: '단가 변동액 (δ)', kind: 'won' },
  { key: 'unitPriceBefore', header: '조정 전 납품단가', kind: 'won' },
  { key: 'unitPriceAfter', header: '조정 후 납품단가', kind: 'won' },
];

/** Only when some adjustment has deliveries (DOMAIN §2.4). */
const DELIVERY_COLUMNS: readonly ChangeColumn[] = [
  { key: 'deliveredQuantity', header: '납품수량', kind: 'quantity' },
  { key: 'amountBefore', header: '조정 전 납품금액', kind: 'won' },
  { key: 'amountAfter', header: '조정 후 납품금액', kind: 'won' },
  { key: 'adjustmentAmount', header: '조정금액', kind: 'won' },
];

/** What q of a 비중 row derives from (U₀ · s / B₀), under the group heading below. */
const SHARE_BASIS_COLUMNS: readonly ChangeColumn[] = [
  { key: 'originalUnitPrice', header: '최초 납품단가', kind: 'won' },
  { key: 'materialShare', header: '원재료비중', kind: 'rate' },
  { key: 'originalBasePrice', header: '최초 기준가격', kind: 'won' },
];

export const SHARE_BASIS_HEADING = '산정 근거';

/** 원가구분 (DOMAIN §4.2), last so that the columns earlier tables were checked by keep their letters. */
const COST_KIND_COLUMNS: readonly ChangeColumn[] = [{ key: 'costKind', header: '원가구분', kind: 'text' }];

/** F4 (FX in the formula): B and P stay in the index's currency; these rates convert them. */
const FX_COLUMNS: readonly ChangeColumn[] = [
  { key: 'baseFx', header: '기준시점 환율 (FXb)', kind: 'won' },
  { key: 'comparisonFx', header: '조정일 환율 (FX)', kind: 'won' },
];

/** The columns a verified table must identify its rows by. */
export const KEY_COLUMNS: readonly ChangeColumnKey[] = ['agreementId', 'item', 'adjustmentDate', 'material'];

export const ALL_CHANGE_COLUMNS: readonly ChangeColumn[] = [
  ...MAIN_COLUMNS,
  ...DELIVERY_COLUMNS,
  ...SHARE_BASIS_COLUMNS,
  ...FX_COLUMNS,
  ...COST_KIND_COLUMNS,
];

export function isShareBasisColumn(key: ChangeColumnKey): boolean {
  return SHARE_BASIS_COLUMNS.some((column) => column.key === key);
}

export interface ChangeTableLayout {
  readonly columns: readonly ChangeColumn[];
  /** 1-based column of `key`; throws for a column this layout leaves out (a programming error). */
  readonly columnOf: (key: ChangeColumnKey) => number;
  readonly has: (key: ChangeColumnKey) => boolean;
}

export function changeTableLayout(options: {
  readonly deliveries: boolean;
  readonly shareBasis: boolean;
  readonly fxInFormula?: boolean;
}): ChangeTableLayout {
  const columns = [
    ...MAIN_COLUMNS,
    ...(options.deliveries ? DELIVERY_COLUMNS : []),
    ...(options.shareBasis ? SHARE_BASIS_COLUMNS : []),
    ...(options.fxInFormula ? FX_COLUMNS : []),
    ...COST_KIND_COLUMNS,
  ];
  const positions = new Map(columns.map((column, index) => [column.key, index + 1]));
  return {
    columns,
    has: (key) => positions.has(key),
    columnOf: (key) => {
      const position = positions.get(key);
      if (position === undefined) {
        throw new Error(`column ${key} is not part of this layout`);
      }
      return position;
    },
  };
}
