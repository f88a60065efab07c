import { D } from '../../domain/decimal';
import { isValidYmd, makeDate, type IsoDate } from '../../domain/dates';
import { isMissingValue } from './missing-values';
import { isProblem, RATE_VALUE, readPositive } from './observation';
import { importError } from './spot-text';
import type { ImportedObservation, ImportOptions, ImportProblem, ParsedSource, SourceSpot } from './types';

/** One entry of the Export-Import Bank's exchange-rate JSON, with where its fields stand. */
export interface EximRecord {
  text(field: 'result' | 'cur_unit' | 'deal_bas_r'): string;
  spot(field: 'result' | 'cur_unit' | 'deal_bas_r' | null): SourceSpot;
}

/** result codes of the API: 1 success, 2 data code error, 3 authentication code error, 4 daily limit. */
const RESULT_TEXT: Readonly<Record<string, { ko: string; en: string }>> = {
  '2': { ko: 'DATA 코드 오류', en: 'DATA code error' },
  '3': { ko: '인증코드 오류', en: 'authentication code error' },
  '4': { ko: '일일 제한 횟수 마감', en: 'daily request limit reached' },
};

/**
 * Export-Import Bank rates (KRW per `cur_unit`) → 환율 observations, KRW per one unit: a unit
 * quoted per 100 (`JPY(100)`, `IDR(100)`) is divided by 100 exactly, and the division is
 * recorded in 출처. The JSON holds no date: `--date`, or eight digits of the file name
 * (`exchange_20240315.json`), give it. KRW itself is left out.
 */
export function eximObservations(
  file: string,
  records: readonly EximRecord[],
  options: ImportOptions,
): ParsedSource {
  const date = rateDate(file, options.fxDate);
  const first = records[0];
  if (date === null) {
    const spot: SourceSpot = first ? first.spot(null) : { file, line: null, column: null };
    return { observations: [], missing: 0, problems: [noDate(spot)] };
  }
  const problems: ImportProblem[] = [];
  const observations: ImportedObservation[] = [];
  let missing = 0;
  for (const record of records) {
    const failed = resultProblem(record);
    if (failed) {
      problems.push(failed);
      continue;
    }
    if (isMissingValue({ value: record.text('deal_bas_r') })) {
      missing += 1;
      continue;
    }
    const read = eximObservation(file, record, date);
    if (read === null) continue;
    if (isProblem(read)) problems.push(read);
    else if (options.currencies === null || options.currencies.includes(read.series)) observations.push(read);
  }
  return { observations, problems, missing };
}

function eximObservation(
  file: string,
  record: EximRecord,
  date: IsoDate,
): ImportedObservation | ImportProblem | null {
  const unitText = record.text('cur_unit');
  const match = /^([A-Za-z]{3})\s*(?:\(\s*(\d+)\s*\))?$/.exec(unitText);
  if (!match) {
    return importError({
      spot: record.spot('cur_unit'),
      text: {
        ko: `cur_unit은 USD나 JPY(100) 같은 통화 코드여야 합니다. 입력값: "${unitText}"`,
        en: `cur_unit must be a currency code such as USD or JPY(100); found "${unitText}"`,
      },
    });
  }
  const currency = (match[1] ?? '').toUpperCase();
  if (currency === 'KRW') return null;
  const quoted = readPositive({ value: record.text('deal_bas_r') }, record.spot('deal_bas_r'), RATE_VALUE);
  if (isProblem(quoted)) return quoted;
  const per = new D(match[2] ?? '1');
  const perText = per.eq(1) ? [] : [`${unitText} ÷ ${per.toFixed()}`];
  return {
    kind: 'fx',
    series: currency,
    point: { date, granularity: 'day' },
    value: quoted.div(per),
    currency,
    unit: null,
    source: [file, `수출입은행 ${unitText}`, ...perText].join(' · '),
    spot: record.spot('deal_bas_r'),
  };
}

function resultProblem(record: EximRecord): ImportProblem | null {
  const result = record.text('result');
  if (result === '' || result === '1') return null;
  const meaning = RESULT_TEXT[result] ?? { ko: '알 수 없는 결과 코드', en: 'unknown result code' };
  return importError({
    spot: record.spot('result'),
    text: {
      ko: `result가 ${result}입니다 (${meaning.ko}). 환율이 담긴 응답이 아닙니다`,
      en: `result is ${result} (${meaning.en}); the response holds no rates`,
    },
  });
}

function rateDate(file: string, given: string | null): IsoDate | null {
  const text = given ?? /(?:^|\D)(\d{8})(?:\D|$)/.exec(file)?.[1] ?? null;
  const match = text === null ? null : /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidYmd(year, month, day) ? makeDate(year, month, day) : null;
}

function noDate(spot: SourceSpot): ImportProblem {
  return importError({
    spot: { ...spot, line: null, column: null },
    text: {
      ko: '수출입은행 환율 파일에는 날짜가 없습니다. --date YYYY-MM-DD로 고시일을 지정하거나 파일 이름에 날짜(예: exchange_20240315.json)를 넣으세요',
      en: 'an Export-Import Bank rate file holds no date; give the date with --date YYYY-MM-DD or put it in the file name (e.g. exchange_20240315.json)',
    },
  });
}
