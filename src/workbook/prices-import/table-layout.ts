import { fieldForHeader, normalizeHeader } from '../input/headers';
import { FX_SCHEMA, PRICE_SCHEMA } from '../input/schema';
import { ECOS_FIELDS, type EcosField } from './ecos';
import { cellString, type SourceRow } from './source-table';

/** The columns (1-based) that a table's values are read from. */
export type TableLayout =
  | { readonly kind: 'ecos'; readonly columns: ReadonlyMap<EcosField, number> }
  | {
      readonly kind: 'long';
      readonly index: number | null;
      readonly date: number;
      readonly price: number;
      readonly currency: number | null;
      readonly unit: number | null;
    }
  | { readonly kind: 'fx'; readonly currency: number; readonly date: number; readonly rate: number }
  | { readonly kind: 'wide'; readonly date: number; readonly series: readonly WideSeries[] };

interface WideSeries {
  readonly column: number;
  readonly name: string;
}

/** A column role the user may set by hand (the CLI's --map, the pane's column mapping). */
export type ColumnRole = 'index' | 'date' | 'price' | 'currency' | 'unit' | 'rate';

export interface LayoutHints {
  /** Role → 1-based column, overriding what the headers say. */
  readonly columns: Partial<Record<ColumnRole, number>>;
  /** Role → header text (the CLI's --map 가격=값), resolved against the header row. */
  readonly named?: Partial<Record<ColumnRole, string>>;
  /** Force a wide table (one column per index) even when the headers look like a long one. */
  readonly wide: boolean;
  /** `columns` is the whole mapping (the pane's): headers are not read for roles. */
  readonly replaceDetected?: boolean;
}

export const NO_HINTS: LayoutHints = { columns: {}, wide: false };

/** ECOS's Korean column names (its OpenAPI sheet download), besides the English field names. */
const ECOS_KOREAN: Readonly<Record<string, EcosField>> = {
  통계표코드: 'STAT_CODE',
  통계항목코드1: 'ITEM_CODE1',
  통계항목코드2: 'ITEM_CODE2',
  통계항목코드3: 'ITEM_CODE3',
  통계항목코드4: 'ITEM_CODE4',
  통계항목명1: 'ITEM_NAME1',
  통계항목명2: 'ITEM_NAME2',
  통계항목명3: 'ITEM_NAME3',
  통계항목명4: 'ITEM_NAME4',
  단위: 'UNIT_NAME',
  시점: 'TIME',
  값: 'DATA_VALUE',
  데이터값: 'DATA_VALUE',
};

/**
 * What a header row says the table is: an ECOS download (TIME and DATA_VALUE), a long price table
 * (기준지표, 일자, 가격 — the headers 원재료가격 accepts), a long rate table (통화, 일자, 환율), or
 * else a wide table: a date column (named 일자/날짜/date…, or the first) and one column per index.
 * `hints` override the headers; null when the header row cannot be any of them.
 */
export function tableLayout(
  header: SourceRow,
  hints: LayoutHints,
  hasIndexName: boolean,
): TableLayout | null {
  const texts = header.cells.map((cell) => cellString(cell));
  const ecos = ecosColumns(texts);
  if (!hints.wide && Object.keys(hints.columns).length === 0 && ecos.has('TIME') && ecos.has('DATA_VALUE')) {
    return { kind: 'ecos', columns: ecos };
  }
  const roles =
    hints.replaceDetected === true ? { ...hints.columns } : { ...rolesOf(texts), ...hints.columns };
  if (
    !hints.wide &&
    roles.date !== undefined &&
    roles.price !== undefined &&
    (roles.index !== undefined || hasIndexName)
  ) {
    return {
      kind: 'long',
      index: roles.index ?? null,
      date: roles.date,
      price: roles.price,
      currency: roles.currency ?? null,
      unit: roles.unit ?? null,
    };
  }
  if (!hints.wide && roles.date !== undefined && roles.rate !== undefined && roles.currency !== undefined) {
    return { kind: 'fx', currency: roles.currency, date: roles.date, rate: roles.rate };
  }
  const date = roles.date ?? 1;
  const series = texts.flatMap((name, index) =>
    index + 1 === date || name === '' ? [] : [{ column: index + 1, name }],
  );
  return series.length > 0 ? { kind: 'wide', date, series } : null;
}

function ecosColumns(texts: readonly string[]): Map<EcosField, number> {
  const columns = new Map<EcosField, number>();
  texts.forEach((text, index) => {
    const upper = text.trim().toUpperCase();
    const field = ECOS_FIELDS.find((name) => name === upper) ?? ECOS_KOREAN[normalizeHeader(text)];
    if (field !== undefined && !columns.has(field)) columns.set(field, index + 1);
  });
  return columns;
}

/** Roles by the headers that 원재료가격 and 환율 accept (기준지표/지표, 일자/날짜, 가격, 통화, 단위, 환율). */
function rolesOf(texts: readonly string[]): Partial<Record<ColumnRole, number>> {
  const roles: Partial<Record<ColumnRole, number>> = {};
  texts.forEach((text, index) => {
    const role = roleNamed(text);
    if (role !== null && roles[role] === undefined) roles[role] = index + 1;
  });
  return roles;
}

/** The role a --map key names: the Korean header or English key of a 원재료가격/환율 column. */
export function roleNamed(name: string): ColumnRole | null {
  const price = fieldForHeader(PRICE_SCHEMA, name)?.key;
  const role = price ?? (fieldForHeader(FX_SCHEMA, name)?.key === 'rate' ? 'rate' : undefined);
  return COLUMN_ROLES.find((known) => known === role) ?? null;
}

export const COLUMN_ROLES: readonly ColumnRole[] = ['index', 'date', 'price', 'currency', 'unit', 'rate'];
