import type { D } from '../decimal';
import { addDays, type IsoDate, maxDate } from '../dates';
import { compute } from '../engine';
import type { Issue } from '../issues';
import { itemKey } from '../items';
import type {
  AgreementRow,
  ComputeResult,
  EngineInput,
  MaterialEvaluation,
  PriceObservation,
  RowOrigin,
} from '../types';
import { ASSUMED_ORIGIN, assumedObservations, latestPrices, type Shock } from './assumed-prices';

interface Run {
  readonly result: ComputeResult;
  readonly byItem: ReadonlyMap<string, ComputeResult['items'][number]>;
  readonly byRow: ReadonlyMap<RowOrigin, readonly MaterialEvaluation[]>;
}

/**
 * The engine run on the workbook's prices plus assumed ones (assumed-prices.ts), once per
 * horizon: the outlook's numbers are the engine's own, not a second implementation of §3.
 */
export class ProjectionRuns {
  private readonly runs = new Map<string, Run>();
  private readonly indices: ReadonlySet<string>;
  private readonly latest: ReadonlyMap<string, PriceObservation>;

  constructor(
    private readonly input: EngineInput,
    private readonly asOf: IsoDate,
    private readonly shocks: readonly Shock[],
  ) {
    this.indices = new Set(input.agreements.map((row) => row.index));
    this.latest = latestPrices(input.prices);
  }

  /** The item's unit price in force on `horizon` if the latest prices held (times the shocks); null if stopped. */
  unitPrice(key: string, horizon: IsoDate, shocked: boolean): D | null {
    const summary = this.heldUntil(horizon, shocked).byItem.get(key);
    return summary?.complete ? summary.currentUnitPrice : null;
  }

  /** The row's evaluation on `date`, prices held until then. */
  evaluation(row: AgreementRow, date: IsoDate): MaterialEvaluation | null {
    return evaluationOn(this.heldUntil(date, false), row, date);
  }

  /**
   * A 수시 row: its evaluation of a new observation at the latest price, dated the day after the
   * as-of date (or after the index's last observation, were that later), or its 첫조정일 if later.
   */
  nextEventEvaluation(row: AgreementRow): MaterialEvaluation | null {
    const latest = this.latest.get(row.index);
    if (latest === undefined) return null;
    const dayAfter = addDays(maxDate(this.asOf, latest.point.date), 1);
    // Observations before a 수시 row's 첫조정일 are not its adjustment dates.
    const date = row.firstAdjustment === null ? dayAfter : maxDate(dayAfter, row.firstAdjustment);
    const run = this.cached(`event|${row.index}|${date}`, () => ({
      ...this.input,
      prices: [
        ...this.input.prices,
        { ...latest, origin: ASSUMED_ORIGIN, point: { date, granularity: 'day' as const } },
      ],
      asOf: date,
    }));
    return evaluationOn(run, row, date);
  }

  /** Issues of the projection runs that the workbook's own computation did not raise. */
  issuesBeyond(current: readonly Issue[]): Issue[] {
    const keyOf = (issue: Issue): string => `${issue.sheet}\u0000${issue.cell}\u0000${issue.code}`;
    const seen = new Set(current.map(keyOf));
    const issues = [...current];
    for (const run of this.runs.values()) {
      for (const issue of run.result.issues) {
        if (seen.has(keyOf(issue))) continue;
        seen.add(keyOf(issue));
        issues.push(issue);
      }
    }
    return issues;
  }

  private heldUntil(horizon: IsoDate, shocked: boolean): Run {
    return this.cached(`${shocked ? 'shocked' : 'held'}|${horizon}`, () => {
      const scope = { indices: this.indices, horizon, asOf: this.asOf };
      const assumed = assumedObservations(
        this.input.prices,
        this.input.fxRates,
        scope,
        shocked ? this.shocks : [],
      );
      return {
        ...this.input,
        prices: [...this.input.prices, ...assumed.prices],
        fxRates: [...this.input.fxRates, ...assumed.fxRates],
        asOf: horizon,
      };
    });
  }

  private cached(key: string, inputOf: () => EngineInput): Run {
    let run = this.runs.get(key);
    if (run === undefined) {
      run = indexed(compute(inputOf()));
      this.runs.set(key, run);
    }
    return run;
  }
}

function indexed(result: ComputeResult): Run {
  const byRow = new Map<RowOrigin, MaterialEvaluation[]>();
  for (const evaluation of result.evaluations) {
    const list = byRow.get(evaluation.origin);
    if (list) list.push(evaluation);
    else byRow.set(evaluation.origin, [evaluation]);
  }
  const byItem = new Map(
    result.items.map((summary) => [itemKey(summary.agreementId, summary.item), summary]),
  );
  return { result, byItem, byRow };
}

function evaluationOn(run: Run, row: AgreementRow, date: IsoDate): MaterialEvaluation | null {
  return run.byRow.get(row.origin)?.find((evaluation) => evaluation.adjustmentDate === date) ?? null;
}
