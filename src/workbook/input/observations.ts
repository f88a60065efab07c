import type { D } from '../../domain/decimal';
import { ISSUE, type Issue } from '../../domain/issues';
import type { RowOrigin } from '../../domain/types';
import { sheetError, sheetWarning } from './messages';

/** A dated value of a series (a price of an index, a rate of a currency). */
export interface SeriesObservation {
  readonly origin: RowOrigin;
  readonly series: string;
  readonly date: string;
  readonly value: D;
}

export interface SeriesCheck {
  readonly issues: readonly Issue[];
  /** Worksheet rows to leave out: conflicting values (errors) and exact repeats (warnings). */
  readonly dropped: ReadonlySet<number>;
}

/**
 * One value per series and date. A second row with another value is an error (which one is
 * right?); a second row with the same value is a harmless repeat, dropped so that a monthly
 * mean does not count it twice.
 */
export function checkRepeatedDates(
  observations: readonly SeriesObservation[],
  valueKey: string,
): SeriesCheck {
  const first = new Map<string, SeriesObservation>();
  const issues: Issue[] = [];
  const dropped = new Set<number>();
  for (const observation of observations) {
    const key = `${observation.series}\u0000${observation.date}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, observation);
      continue;
    }
    dropped.add(observation.origin.row);
    issues.push(repeatIssue(observation, earlier, valueKey));
  }
  return { issues, dropped };
}

function repeatIssue(observation: SeriesObservation, earlier: SeriesObservation, valueKey: string): Issue {
  const { sheet, cells } = observation.origin;
  const cell = cells[valueKey] ?? '';
  const what = `'${observation.series}'의 ${observation.date} 값`;
  const whatEn = `the value of '${observation.series}' on ${observation.date}`;
  const earlierRow = earlier.origin.row;
  if (observation.value.eq(earlier.value)) {
    return sheetWarning({
      code: ISSUE.REPEATED_OBSERVATION,
      at: { sheet, cell },
      text: {
        ko: `${what}이 ${earlierRow}행과 같아 이 행은 한 번만 반영했습니다`,
        en: `${whatEn} repeats row ${earlierRow} with the same value; it is counted once`,
      },
    });
  }
  return sheetError({
    code: ISSUE.DUPLICATE_OBSERVATION,
    at: { sheet, cell },
    text: {
      ko: `${what}이 ${earlierRow}행(${earlier.value.toFixed()})과 다릅니다 (${observation.value.toFixed()}). 같은 날짜에는 값이 하나만 있어야 합니다`,
      en: `${whatEn} differs from row ${earlierRow} (${earlier.value.toFixed()} vs ${observation.value.toFixed()}); a date may have one value only`,
    },
  });
}
