import * as React from 'react';
import type { WorkbookGateway } from '../adapters/office/gateway';
import { SheetWriteError, type WriteOutcome, type WriteProgress } from '../adapters/office/write-sheets';
import type { Issue } from '../domain/issues';
import type { WorkbookGrids } from '../workbook/grid';
import {
  runWorkbook,
  verifyWorkbook,
  type RunOptions,
  type RunOutcome,
  type VerifyOutcome,
} from '../workbook/run';
import type { SheetReference } from '../workbook/output';
import { supplierRun } from '../workbook/supplier-split';
import { errorDetail, type ErrorDetail } from './error-detail';
import { logError } from './office-helpers';

/** What went wrong; the pane words it in its language, with Office's code when there is one. */
type Failure =
  | { readonly kind: 'write'; readonly restored: boolean; readonly detail: ErrorDetail }
  | { readonly kind: 'other'; readonly detail: ErrorDetail };

export interface AddinState {
  readonly busy: boolean;
  readonly failure: Failure | null;
  readonly template: WriteOutcome | null;
  readonly run: { readonly grids: WorkbookGrids; readonly outcome: RunOutcome } | null;
  readonly progress: WriteProgress | null;
  readonly written: WriteOutcome | null;
  readonly verified: VerifyOutcome | null;
  /** Formulas of the user pointing at sheets a write would archive or replace: asked first. */
  readonly references: readonly SheetReference[] | null;
  /** How many verification marks "clear marks" took off. */
  readonly marksCleared: number | null;
}

export interface AddinSettings {
  /** "" = let the engine find the as-of date. */
  readonly asOf: string;
  readonly replace: boolean;
  readonly today: string;
}

const INITIAL: AddinState = {
  busy: false,
  failure: null,
  template: null,
  run: null,
  progress: null,
  written: null,
  verified: null,
  references: null,
  marksCleared: null,
};

/** The pane's state, and a runner that marks it busy while work runs and keeps what failed. */
function useGuardedState() {
  const [state, setState] = React.useState<AddinState>(INITIAL);
  const update = (change: Partial<AddinState>): void => setState((current) => ({ ...current, ...change }));

  const guarded = async (work: () => Promise<Partial<AddinState>>): Promise<void> => {
    update({ busy: true, failure: null });
    try {
      update({ ...(await work()), busy: false });
    } catch (error) {
      logError(error);
      const detail = errorDetail(error);
      const failure: Failure =
        error instanceof SheetWriteError
          ? { kind: 'write', restored: error.rolledBack, detail }
          : { kind: 'other', detail };
      update({ busy: false, failure, progress: null });
    }
  };
  return { state, update, guarded };
}

/** What each step does with the workbook; the pane's components only call these. */
export function useAddin(gateway: WorkbookGateway, settings: AddinSettings) {
  const { state, update, guarded } = useGuardedState();

  const options = () => ({ asOf: settings.asOf === '' ? null : settings.asOf, createdOn: settings.today });

  const analyze = async (): Promise<{ grids: WorkbookGrids; outcome: RunOutcome }> => {
    const grids = await gateway.readWorkbook();
    return { grids, outcome: runWorkbook(grids, options()) };
  };

  return {
    state,
    /** The as-of date typed in the pane ("" = the engine's default). */
    asOf: settings.asOf,
    /** Reads the input sheets without computing (steps with their own engine run, such as 전망). */
    readWorkbook: () => gateway.readWorkbook(),
    createTemplate: () => guarded(async () => ({ template: await gateway.writeTemplate() })),
    check: () => guarded(async () => ({ run: await analyze() })),
    compute: () => guarded(async () => ({ run: await analyze() })),
    /**
     * ④; with a supplier, the tables of that 수탁기업 alone (nothing of any other supplier).
     * When formulas in other sheets point at a sheet it would archive or replace, it lists them
     * and writes nothing until called again with `confirmed`.
     */
    write: (supplier: string | null = null, confirmed = false) =>
      guarded(async () => {
        const run = await analyze();
        if (run.outcome.hasErrors) return { run, written: null, references: null };
        const outcome = supplier === null ? run.outcome : supplierRun(run.grids, options(), supplier);
        if (outcome === null) return { run, written: null, references: null };
        if (!confirmed) {
          const references = await referencesBefore(gateway, run.grids, outcome);
          if (references.length > 0) return { run, written: null, references };
        }
        const written = await gateway.writeRun(
          outcome,
          { replace: settings.replace, grids: run.grids, today: settings.today },
          (progress) => update({ progress }),
        );
        return { run, written, progress: null, references: null };
      }),
    verify: () =>
      guarded(async () => ({ verified: await verifyAndMark(gateway, options()), marksCleared: null })),
    clearMarks: () => guarded(async () => ({ marksCleared: await gateway.clearMarks() })),
    selectIssue: (issue: Pick<Issue, 'sheet' | 'cell'>) =>
      gateway.selectCell(issue.sheet, issue.cell).catch((error: unknown) => logError(error)),
  };
}

/** Verifies the workbook's 변동표 and marks the cells that differ (after clearing the last marks). */
async function verifyAndMark(gateway: WorkbookGateway, options: RunOptions): Promise<VerifyOutcome> {
  const grids = await gateway.readWorkbook();
  const verified = verifyWorkbook(grids, options);
  const differences = verified.verification?.differences ?? [];
  const marks = new Map<string, { sheet: string; cell: string }>();
  for (const { sheet, cell } of differences) {
    if (cell !== '') marks.set(`${sheet}!${cell}`, { sheet, cell });
  }
  // The previous run's marks go first, so that a cell put right is no longer red.
  await gateway.markDifferences([...marks.values()]);
  return verified;
}

/** The output sheets a write would archive or replace, and what of the user's points at them. */
async function referencesBefore(
  gateway: WorkbookGateway,
  grids: WorkbookGrids,
  outcome: RunOutcome,
): Promise<readonly SheetReference[]> {
  const targets = [
    outcome.changeTable,
    outcome.calculationSheet,
    outcome.reviewSheet,
    outcome.agreementTable,
  ].map((sheet) => sheet.name);
  const keys = new Set(targets.map((name) => name.toUpperCase()));
  // Nothing to archive or replace (the tabs list every sheet): no need to look.
  if (!(grids.tabs ?? []).some((tab) => keys.has(tab.name.toUpperCase()))) return [];
  return gateway.findReferences(targets);
}

export type AddinActions = ReturnType<typeof useAddin>;
