import { spotText, importError } from './spot-text';
import type { ImportedObservation, ImportProblem } from './types';

export interface DistinctObservations {
  readonly observations: readonly ImportedObservation[];
  /** Repeats of the same value for the same series and date (within or across files): counted once. */
  readonly duplicates: number;
  readonly problems: readonly ImportProblem[];
}

/**
 * One value per (sheet, series, date) across everything imported at once. A repeat with the same
 * value is kept once; two different values are an error naming both places, and neither is
 * written: which one is right is the user's call.
 */
export function distinctObservations(all: readonly ImportedObservation[]): DistinctObservations {
  const first = new Map<string, ImportedObservation>();
  const conflicting = new Set<string>();
  const problems: ImportProblem[] = [];
  let duplicates = 0;
  for (const observation of all) {
    if (observation.point.date < FIRST_EXCEL_DATE) {
      problems.push(beforeExcelDates(observation));
      continue;
    }
    const key = `${observation.kind}\u0000${observation.series}\u0000${observation.point.date}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, observation);
      continue;
    }
    if (earlier.value.eq(observation.value)) {
      duplicates += 1;
      continue;
    }
    conflicting.add(key);
    const where = spotText(earlier.spot);
    problems.push(
      importError({
        spot: observation.spot,
        text: {
          ko: `'${observation.series}'의 ${observation.point.date} 값 ${observation.value.toFixed()}이 ${where.ko}의 값 ${earlier.value.toFixed()}과 다릅니다. 어느 값이 맞는지 정해 한쪽을 고친 뒤 다시 가져오세요 (이 날짜는 가져오지 않았습니다)`,
          en: `the value ${observation.value.toFixed()} of '${observation.series}' on ${observation.point.date} differs from ${earlier.value.toFixed()} at ${where.en}; fix one and import again (this date was not imported)`,
        },
      }),
    );
  }
  const observations = [...first.entries()]
    .filter(([key]) => !conflicting.has(key))
    .map(([, value]) => value);
  return { observations, duplicates, problems };
}

/** The first day an Excel date cell holds (the 1900 date system). */
const FIRST_EXCEL_DATE = '1900-01-01';

/** A date Excel cannot hold: named where it was read, and left out rather than written as a wrong day. */
function beforeExcelDates(observation: ImportedObservation): ImportProblem {
  return importError({
    spot: observation.spot,
    text: {
      ko: `일자는 1900-01-01 이후여야 합니다 (Excel이 그 전 날짜를 담지 못합니다). 입력값: ${observation.point.date}`,
      en: `the date must be 1900-01-01 or later (Excel holds no earlier date); found ${observation.point.date}`,
    },
  });
}
