import { parseCurrencyCell, HOME_CURRENCY } from '../input/values';
import type { InputCell } from '../grid/grid';
import { ecosObservations, type EcosRecord } from './ecos';
import { isMissingValue } from './missing-values';
import { isProblem, PRICE_VALUE, priceObservation, RATE_VALUE, readPoint, readPositive } from './observation';
import { isCoarsePeriod } from './periods';
import { cellString, type SourceRow, type SourceTable } from './source-table';
import { importError } from './spot-text';
import { normalizeHeader } from '../input/headers';
import { tableLayout, type ColumnRole, type LayoutHints, type TableLayout } from './table-layout';
import type { ImportedObservation, ImportOptions, ImportProblem, ParsedSource, SourceSpot } from './types';

/** The header row (the first with two or more values) and the layout it gives, or why none. */
export function layoutOf(
  table: SourceTable,
  hints: LayoutHints,
  options: ImportOptions,
): { header: SourceRow; layout: TableLayout } | ImportProblem {
  const header = table.rows.find((row) => row.cells.filter((cell) => cellString(cell) !== '').length >= 2);
  const spot = {
    file: table.file,
    line: header?.line ?? null,
    column: null,
    ...(table.sheet ? { sheet: table.sheet } : {}),
  };
  const resolved = header ? resolveNamed(header, hints) : hints;
  if (isProblem(resolved)) return { ...resolved, spot };
  const layout = header ? tableLayout(header, resolved, options.indexName !== null) : null;
  if (header && layout) return { header, layout };
  return importError({
    spot,
    text: {
      ko: '머리글 행을 알아볼 수 없습니다. 긴 표(지표, 일자, 가격[, 통화, 단위])나 넓은 표(일자 열과 지표마다 한 열)의 머리글을 두거나 열 지정(--map)을 쓰세요',
      en: 'the header row cannot be recognised; use a long table (지표, 일자, 가격[, 통화, 단위]), a wide one (a date column and one column per index), or map the columns (--map)',
    },
  });
}

/** Hints with each header text of `named` turned into its column; a header not found is a problem. */
function resolveNamed(header: SourceRow, hints: LayoutHints): LayoutHints | ImportProblem {
  const columns = { ...hints.columns };
  const texts = header.cells.map((cell) => normalizeHeader(cellString(cell)));
  for (const [role, name] of Object.entries(hints.named ?? {}) as [ColumnRole, string][]) {
    const index = texts.indexOf(normalizeHeader(name));
    if (index < 0) {
      return importError({
        spot: { file: '', line: header.line, column: null },
        text: {
          ko: `머리글 '${name}' 열이 없습니다 (--map ${role}=${name}). 머리글: ${header.cells.map((cell) => cellString(cell)).join(', ')}`,
          en: `no column is headed '${name}' (--map ${role}=${name}); headers: ${header.cells.map((cell) => cellString(cell)).join(', ')}`,
        },
      });
    }
    columns[role] = index + 1;
  }
  return { ...hints, columns };
}

/** A CSV/TSV text or a worksheet → observations, by the layout its header (and the hints) give. */
export function parseTableSource(
  table: SourceTable,
  options: ImportOptions,
  hints: LayoutHints,
): ParsedSource {
  const found = layoutOf(table, hints, options);
  if (isProblem(found)) return { observations: [], problems: [found], missing: 0 };
  const { header, layout } = found;
  const rows = table.rows.filter((row) => row.line > header.line);
  const spot = (row: SourceRow, column: number | null): SourceSpot => ({
    file: table.file,
    line: row.line,
    column,
    ...(table.sheet ? { sheet: table.sheet } : {}),
  });
  if (layout.kind === 'ecos') {
    const records = rows.map((row): EcosRecord => ({
      text: (field) => cellString(cellIn(row, layout.columns.get(field))),
      spot: (field) => spot(row, field === null ? null : (layout.columns.get(field) ?? null)),
    }));
    return ecosObservations(table.file, records, options);
  }
  const collected = new Collector();
  for (const row of rows) {
    const at = (column: number | null) => spot(row, column);
    if (layout.kind === 'long') collected.add(longRow(table.file, row, layout, options, at));
    else if (layout.kind === 'fx') collected.add(fxRow(table.file, row, layout, options, at));
    else collected.addAll(wideRow(table.file, row, layout, options, at));
  }
  return collected.result();
}

type RowRead = ImportedObservation | ImportProblem | 'missing' | 'skipped';

class Collector {
  private readonly observations: ImportedObservation[] = [];
  private readonly problems: ImportProblem[] = [];
  private missing = 0;

  add(read: RowRead): void {
    if (read === 'missing') this.missing += 1;
    else if (read === 'skipped') return;
    else if (isProblem(read)) this.problems.push(read);
    else this.observations.push(read);
  }

  addAll(reads: readonly RowRead[]): void {
    for (const read of reads) this.add(read);
  }

  result(): ParsedSource {
    return { observations: this.observations, problems: this.problems, missing: this.missing };
  }
}

function cellIn(row: SourceRow, column: number | null | undefined): InputCell {
  return column === null || column === undefined
    ? { value: null }
    : (row.cells[column - 1] ?? { value: null });
}

type Spotter = (column: number | null) => SourceSpot;

function longRow(
  file: string,
  row: SourceRow,
  layout: Extract<TableLayout, { kind: 'long' }>,
  options: ImportOptions,
  at: Spotter,
): RowRead {
  const priceCell = cellIn(row, layout.price);
  if (isMissingValue(priceCell)) return 'missing';
  const indexText = cellString(cellIn(row, layout.index));
  const series = options.indexName ?? indexText;
  if (series === '') {
    return importError({
      spot: at(layout.index),
      text: { ko: '기준지표(지표) 이름이 비어 있습니다', en: 'the index name (지표) is empty' },
    });
  }
  const point = readPoint(cellIn(row, layout.date), at(layout.date));
  if (isProblem(point)) return point;
  const value = readPositive(priceCell, at(layout.price), PRICE_VALUE);
  if (isProblem(value)) return value;
  const currency = currencyOf(cellIn(row, layout.currency), at(layout.currency), options.priceCurrency);
  if (typeof currency !== 'string') return currency;
  const unit = cellString(cellIn(row, layout.unit));
  return priceObservation(
    {
      series,
      point,
      value,
      currency,
      unit: unit === '' ? null : unit,
      sourceParts: [file, indexText === '' ? series : indexText, ...periodNote(cellIn(row, layout.date))],
      spot: at(layout.price),
    },
    options,
  );
}

function fxRow(
  file: string,
  row: SourceRow,
  layout: Extract<TableLayout, { kind: 'fx' }>,
  options: ImportOptions,
  at: Spotter,
): RowRead {
  const rateCell = cellIn(row, layout.rate);
  if (isMissingValue(rateCell)) return 'missing';
  const currency = currencyOf(cellIn(row, layout.currency), at(layout.currency), null);
  if (typeof currency !== 'string') return currency;
  if (options.currencies !== null && !options.currencies.includes(currency)) return 'skipped';
  const point = readPoint(cellIn(row, layout.date), at(layout.date));
  if (isProblem(point)) return point;
  const value = readPositive(rateCell, at(layout.rate), RATE_VALUE);
  if (isProblem(value)) return value;
  return {
    kind: 'fx',
    series: currency,
    point,
    value,
    currency,
    unit: null,
    source: `${file} · ${currency}`,
    spot: at(layout.rate),
  };
}

/** A row of a wide table: its date read once, then one price per index column. */
function wideRow(
  file: string,
  row: SourceRow,
  layout: Extract<TableLayout, { kind: 'wide' }>,
  options: ImportOptions,
  at: Spotter,
): RowRead[] {
  const cells = layout.series.map((series) => ({ series, cell: cellIn(row, series.column) }));
  const present = cells.filter(({ cell }) => !isMissingValue(cell));
  const missing: RowRead[] = cells.filter(({ cell }) => isMissingValue(cell)).map(() => 'missing');
  if (present.length === 0) return missing;
  const point = readPoint(cellIn(row, layout.date), at(layout.date));
  if (isProblem(point)) return [...missing, point];
  return [
    ...missing,
    ...present.map(({ series, cell }): RowRead => {
      const value = readPositive(cell, at(series.column), PRICE_VALUE);
      if (isProblem(value)) return value;
      return priceObservation(
        {
          series: series.name,
          point,
          value,
          currency: options.priceCurrency ?? HOME_CURRENCY,
          unit: null,
          sourceParts: [file, series.name, ...periodNote(cellIn(row, layout.date))],
          spot: at(series.column),
        },
        options,
      );
    }),
  ];
}

function currencyOf(cell: InputCell, spot: SourceSpot, fallback: string | null): string | ImportProblem {
  if (isMissingValue(cell)) return fallback ?? HOME_CURRENCY;
  const result = parseCurrencyCell(cell);
  if (result.ok) return result.value;
  return importError({
    spot,
    text: {
      ko: `통화는 ${result.expected.ko}. 입력값: "${result.input ?? ''}"`,
      en: `the currency ${result.expected.en}; found "${result.input ?? ''}"`,
    },
  });
}

/** A quarter, half or year as the file wrote it, for 출처 (the sheet shows its first month). */
function periodNote(cell: InputCell): string[] {
  const text = cellString(cell);
  return isCoarsePeriod(text.replace(/[\s-]+(?=[QqSs]\d$)/, '')) ? [text] : [];
}
