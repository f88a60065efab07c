import { parse } from 'csv-parse/sync';
import type { SourceRow, SourceTable } from './source-table';
import { importError } from './spot-text';
import type { ImportProblem } from './types';

export interface TextTableRead {
  readonly table: SourceTable | null;
  readonly problems: readonly ImportProblem[];
}

/**
 * CSV, or TSV as pasted from a web page or Excel: a tab in the first non-empty line makes it
 * TSV, otherwise commas (a semicolon-only first line: semicolons). Every cell stays text, so
 * that "1,234" and "2024-03" are read by the sheet's own value rules later.
 */
export function readTextTable(file: string, text: string): TextTableRead {
  const delimiter = delimiterOf(text);
  try {
    const records = parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    const rows: SourceRow[] = [];
    for (const { record, info } of records) {
      if (record.every((value) => value.trim() === '')) continue;
      // A quoted value may span lines: the record is named by the line it starts on.
      const span = record.reduce((lines, value) => lines + (value.match(/\n/g)?.length ?? 0), 0);
      rows.push({ line: info.lines - span, cells: record.map((value) => ({ value })) });
    }
    return { table: { file, rows }, problems: [] };
  } catch (failure) {
    const detail = failure instanceof Error ? failure.message : String(failure);
    const line = lineOf(failure);
    return {
      table: null,
      problems: [
        importError({
          spot: { file, line, column: null },
          text: { ko: `CSV/TSV로 읽을 수 없습니다 (${detail})`, en: `cannot be read as CSV/TSV (${detail})` },
        }),
      ],
    };
  }
}

function delimiterOf(text: string): string {
  const first = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  if (first.includes('\t')) return '\t';
  if (!first.includes(',') && first.includes(';')) return ';';
  return ',';
}

function lineOf(failure: unknown): number | null {
  if (typeof failure === 'object' && failure !== null && 'lines' in failure) {
    const { lines } = failure as { lines: unknown };
    if (typeof lines === 'number') return lines;
  }
  return null;
}
