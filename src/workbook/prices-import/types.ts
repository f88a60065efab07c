import type { Bilingual } from '../../domain/issues';
import type { D } from '../../domain/decimal';
import type { PointInTime } from '../../domain/types';

/** Where a value was read in an imported file: a text line and column, or a worksheet cell. */
export interface SourceSpot {
  readonly file: string;
  /** 1-based line of a text file, row of a worksheet; null where the file has no lines (JSON path). */
  readonly line: number | null;
  /** 1-based column; null when the whole row is meant. */
  readonly column: number | null;
  /** The worksheet of an .xlsx file (columns are then shown as letters). */
  readonly sheet?: string;
  /** A JSON path such as `row[3].DATA_VALUE`, where the file is JSON. */
  readonly path?: string;
}

/** A bad row or value of an imported file, in Korean and English. */
export interface ImportProblem {
  readonly severity: 'error' | 'warning';
  readonly spot: SourceSpot;
  readonly text: Bilingual;
}

/** Which input sheet an observation goes to: 원재료가격 (a price) or 환율 (a rate). */
export type ObservationKind = 'price' | 'fx';

/** One dated value read from an imported file, ready to be written to a sheet. */
export interface ImportedObservation {
  readonly kind: ObservationKind;
  /** The index name (원재료가격's 기준지표) or, for a rate, the currency code. */
  readonly series: string;
  readonly point: PointInTime;
  /** In `currency` per index unit (a price) or KRW per one unit of `series` (a rate), scaled. */
  readonly value: D;
  /** A price's currency ("KRW" by default); for a rate, the same as `series`. */
  readonly currency: string;
  readonly unit: string | null;
  /** What the 출처 column records: file name, series code, and any conversion made. */
  readonly source: string;
  readonly spot: SourceSpot;
}

/** What every importer returns for one file. */
export interface ParsedSource {
  readonly observations: readonly ImportedObservation[];
  readonly problems: readonly ImportProblem[];
  /** Values left out because the source marks them missing ("-", blank). */
  readonly missing: number;
}

/** Choices the user makes for an import (the CLI's flags, the pane's fields). */
export interface ImportOptions {
  /** The 기준지표 name for a single-series file; null: the file's own series name. */
  readonly indexName: string | null;
  /** Multiplies every price (not rates), e.g. 0.001 for USD/t → USD/kg; null for none. */
  readonly scale: D | null;
  /** The date of an exchange-rate file that holds none (the Export-Import Bank's JSON). */
  readonly fxDate: string | null;
  /** Keep only these currencies from an exchange-rate file; null keeps all. */
  readonly currencies: readonly string[] | null;
  /** The currency of prices from a file without a 통화 column (an LME table in USD); null: KRW. */
  readonly priceCurrency: string | null;
}

export const NO_OPTIONS: ImportOptions = {
  indexName: null,
  scale: null,
  fxDate: null,
  currencies: null,
  priceCurrency: null,
};
