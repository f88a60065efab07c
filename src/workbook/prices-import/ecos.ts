import { HOME_CURRENCY } from '../input/values';
import { isMissingValue } from './missing-values';
import { isProblem, PRICE_VALUE, priceObservation, readPositive } from './observation';
import { ecosPeriod, isCoarsePeriod } from './periods';
import { importError } from './spot-text';
import type { ImportedObservation, ImportOptions, ImportProblem, ParsedSource, SourceSpot } from './types';

/** The fields of an ECOS StatisticSearch row that the import reads. */
export const ECOS_FIELDS = [
  'STAT_CODE',
  'ITEM_CODE1',
  'ITEM_CODE2',
  'ITEM_CODE3',
  'ITEM_CODE4',
  'ITEM_NAME1',
  'ITEM_NAME2',
  'ITEM_NAME3',
  'ITEM_NAME4',
  'UNIT_NAME',
  'TIME',
  'DATA_VALUE',
] as const;
export type EcosField = (typeof ECOS_FIELDS)[number];

/** One ECOS row, from the JSON or from a CSV download: its texts and where each stands. */
export interface EcosRecord {
  text(field: EcosField): string;
  spot(field: EcosField | null): SourceSpot;
}

const CODES: readonly EcosField[] = ['STAT_CODE', 'ITEM_CODE1', 'ITEM_CODE2', 'ITEM_CODE3', 'ITEM_CODE4'];
const NAMES: readonly EcosField[] = ['ITEM_NAME1', 'ITEM_NAME2', 'ITEM_NAME3', 'ITEM_NAME4'];

/**
 * ECOS rows → price observations in KRW. The series code (STAT_CODE/ITEM_CODE1/…) goes to 출처;
 * the index name is `--index` or the item names. `-` (and blank) is a missing value, skipped.
 */
export function ecosObservations(
  file: string,
  records: readonly EcosRecord[],
  options: ImportOptions,
): ParsedSource {
  const problems: ImportProblem[] = [];
  const observations: ImportedObservation[] = [];
  let missing = 0;
  const codes = new Set(records.map(seriesCode));
  const first = records[0];
  if (options.indexName !== null && codes.size > 1 && first) {
    return {
      observations: [],
      missing: 0,
      problems: [tooManySeries(first.spot(null), options.indexName, [...codes])],
    };
  }
  for (const record of records) {
    if (isMissingValue({ value: record.text('DATA_VALUE') })) {
      missing += 1;
      continue;
    }
    const read = ecosObservation(file, record, options);
    if (isProblem(read)) problems.push(read);
    else observations.push(read);
  }
  return { observations, problems, missing };
}

function ecosObservation(
  file: string,
  record: EcosRecord,
  options: ImportOptions,
): ImportedObservation | ImportProblem {
  const time = record.text('TIME');
  const point = ecosPeriod(time);
  if (point === null) {
    return importError({
      spot: record.spot('TIME'),
      text: {
        ko: `TIME은 YYYY, YYYYMM, YYYYQn, YYYYSn 또는 YYYYMMDD 형식이어야 합니다. 입력값: "${time}"`,
        en: `TIME must be YYYY, YYYYMM, YYYYQn, YYYYSn or YYYYMMDD; found "${time}"`,
      },
    });
  }
  const value = readPositive({ value: record.text('DATA_VALUE') }, record.spot('DATA_VALUE'), PRICE_VALUE);
  if (isProblem(value)) return value;
  const names = NAMES.map((field) => record.text(field)).filter((name) => name !== '');
  const series = options.indexName ?? names.join(' / ');
  if (series === '') {
    return importError({
      spot: record.spot('ITEM_NAME1'),
      text: {
        ko: 'ITEM_NAME1이 비어 있어 기준지표 이름을 정할 수 없습니다. --index로 이름을 지정하세요',
        en: 'ITEM_NAME1 is empty, so the index has no name; give one with --index',
      },
    });
  }
  const unit = record.text('UNIT_NAME');
  return priceObservation(
    {
      series,
      point,
      value,
      currency: options.priceCurrency ?? HOME_CURRENCY,
      unit: unit === '' ? null : unit,
      sourceParts: [file, `ECOS ${seriesCode(record)}`, ...(isCoarsePeriod(time) ? [time] : [])],
      spot: record.spot('DATA_VALUE'),
    },
    options,
  );
}

function seriesCode(record: EcosRecord): string {
  return CODES.map((field) => record.text(field))
    .filter((code) => code !== '')
    .join('/');
}

function tooManySeries(spot: SourceSpot, name: string, codes: readonly string[]): ImportProblem {
  return importError({
    spot: { ...spot, line: null, column: null, path: undefined },
    text: {
      ko: `이 파일에는 계열이 ${codes.length}개 있습니다 (${codes.join(', ')}). --index '${name}'는 한 계열에만 붙일 수 있으니 계열별 파일로 나누거나 --index를 빼세요`,
      en: `the file holds ${codes.length} series (${codes.join(', ')}); --index '${name}' names one series only: split the file by series or leave --index out`,
    },
  });
}
