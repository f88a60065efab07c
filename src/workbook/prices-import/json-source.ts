import { cellString } from './source-table';
import { ecosObservations, type EcosField, type EcosRecord } from './ecos';
import { eximObservations, type EximRecord } from './exim';
import { JsonSpots } from './json-spots';
import { importError } from './spot-text';
import type { ImportOptions, ParsedSource } from './types';

/**
 * A JSON file: ECOS `{"StatisticSearch":{"row":[…]}}` (or its `{"RESULT":…}` error answer) or the
 * Export-Import Bank's array of `{cur_unit, deal_bas_r, …}`.
 */
export function parseJsonSource(file: string, text: string, options: ImportOptions): ParsedSource {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (failure) {
    return failed(file, text, failure);
  }
  const ecos = ecosRows(data);
  if (ecos !== null) {
    const spots = new JsonSpots(file, text, ecos.length);
    return ecosObservations(
      file,
      ecos.map((row, index) => ecosRecord(row, index, spots)),
      options,
    );
  }
  if (Array.isArray(data) && data.every(isObject) && data.some((row) => 'cur_unit' in row)) {
    const spots = new JsonSpots(file, text, data.length);
    return eximObservations(
      file,
      data.map((row, index) => eximRecord(row, index, spots)),
      options,
    );
  }
  const answer = isObject(data) && isObject(data.RESULT) ? data.RESULT : null;
  const spot = { file, line: null, column: null };
  if (answer) {
    const code = cellString({ value: textOf(answer.CODE) });
    const message = cellString({ value: textOf(answer.MESSAGE) });
    return none([
      importError({
        spot,
        text: {
          ko: `ECOS가 자료 대신 결과를 보냈습니다: ${code} ${message}`,
          en: `ECOS answered without data: ${code} ${message}`,
        },
      }),
    ]);
  }
  return none([
    importError({
      spot,
      text: {
        ko: 'ECOS StatisticSearch JSON도 수출입은행 환율 JSON도 아닙니다',
        en: 'neither an ECOS StatisticSearch JSON nor an Export-Import Bank exchange-rate JSON',
      },
    }),
  ]);
}

function ecosRows(data: unknown): Record<string, unknown>[] | null {
  if (!isObject(data) || !isObject(data.StatisticSearch)) return null;
  const rows = data.StatisticSearch.row;
  return Array.isArray(rows) ? rows.filter(isObject) : null;
}

function ecosRecord(row: Record<string, unknown>, index: number, spots: JsonSpots): EcosRecord {
  return {
    text: (field: EcosField) => textOf(row[field]),
    spot: (field) => spots.spot('StatisticSearch.row', index, field ?? 'TIME'),
  };
}

function eximRecord(row: Record<string, unknown>, index: number, spots: JsonSpots): EximRecord {
  return {
    text: (field) => textOf(row[field]),
    spot: (field) => spots.spot('', index, field ?? 'cur_unit'),
  };
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  return '';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function none(problems: ParsedSource['problems']): ParsedSource {
  return { observations: [], problems, missing: 0 };
}

function failed(file: string, text: string, failure: unknown): ParsedSource {
  const detail = failure instanceof Error ? failure.message : String(failure);
  const offset = /position (\d+)/.exec(detail)?.[1];
  const spot =
    offset === undefined
      ? { file, line: null, column: null }
      : new JsonSpots(file, text, 0).position(Number(offset));
  return none([
    importError({
      spot,
      text: { ko: `JSON으로 읽을 수 없습니다 (${detail})`, en: `cannot be read as JSON (${detail})` },
    }),
  ]);
}
