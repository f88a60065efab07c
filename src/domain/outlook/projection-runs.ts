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
 * horizon: the outlook's numbers are the engine's own, not a second implementation of §3. Each
 * run holds only the items planned for it (items are computed independently), so that many
 * different next dates cost about one computation of the workbook, not one each.
 */
export class ProjectionRuns {
  private readonly runs = new Map<string, Run>();
  /** Run key (a horizon, or a 수시 index and date) → the items it computes. */
  private readonly members = new Map<string, Set<string>>();
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

  /** Registers an item's rows for the runs of their next dates; before any question is asked. */
  plan(rows: readonly AgreementRow[], nextDates: readonly (IsoDate | 'event' | null)[]): void {
    rows.forEach((row, index) => {
      const next = nextDates[index] ?? null;
      const runKey = next === 'event' ? this.eventKey(row) : next === null ? null : horizonKey(next);
      if (runKey === null) return;
      const members = this.members.get(runKey) ?? new Set<string>();
      members.add(itemKey(row.agreementId, row.item));
      this.members.set(runKey, members);
    });
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
    const runKey = this.eventKey(row);
    if (latest === undefined || runKey === null) return null;
    const date = this.eventDate(row, latest);
    const run = this.cached(runKey, runKey, () => ({
      ...this.input,
      prices: [
        ...this.input.prices,
        { ...latest, origin: ASSUMED_ORIGIN, point: { date, granularity: 'day' as const } },
      ],
      asOf: date,
    }));
    return evaluationOn(run, row, date);
  }

  private eventKey(row: AgreementRow): string | null {
    const latest = this.latest.get(row.index);
    return latest === undefined ? null : `event|${row.index}|${this.eventDate(row, latest)}`;
  }

  private eventDate(row: AgreementRow, latest: PriceObservation): IsoDate {
    const dayAfter = addDays(maxDate(this.asOf, latest.point.date), 1);
    // Observations before a 수시 row's 첫조정일 are not its adjustment dates.
    return row.firstAdjustment === null ? dayAfter : maxDate(dayAfter, row.firstAdjustment);
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
    return this.cached(`${shocked ? 'shocked' : 'held'}|${horizon}`, horizonKey(horizon), () => {
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

  /** The run `key`, computed once over the items planned under `membersKey`. */
  private cached(key: string, membersKey: string, inputOf: () => EngineInput): Run {
    let run = this.runs.get(key);
    if (run === undefined) {
      const members = this.members.get(membersKey) ?? new Set<string>();
      const agreements = this.input.agreements.filter((row) =>
        members.has(itemKey(row.agreementId, row.item)),
      );
      run = indexed(compute({ ...inputOf(), agreements, deliveries: [] }));
      this.runs.set(key, run);
    }
    return run;
  }
}

function horizonKey(horizon: IsoDate): string {
  return `until|${horizon}`;
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
