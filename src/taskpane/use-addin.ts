import * as React from 'react';
import type { WorkbookGateway } from '../adapters/office/gateway';
import { SheetWriteError, type WriteOutcome, type WriteProgress } from '../adapters/office/write-sheets';
import type { Issue } from '../domain/issues';
import type { WorkbookGrids } from '../workbook/grid';
import { runWorkbook, verifyWorkbook, type RunOutcome, type VerifyOutcome } from '../workbook/run';
import { supplierRun } from '../workbook/supplier-split';
import { logError } from './office-helpers';

export type StepIndex = 0 | 1 | 2 | 3 | 4;

type Failure =
  | { readonly kind: 'write'; readonly restored: boolean; readonly detail: string }
  | { readonly kind: 'other'; readonly detail: string };

export interface AddinState {
  readonly busy: boolean;
  readonly failure: Failure | null;
  readonly template: WriteOutcome | null;
  readonly run: { readonly grids: WorkbookGrids; readonly outcome: RunOutcome } | null;
  readonly progress: WriteProgress | null;
  readonly written: WriteOutcome | null;
  readonly verified: VerifyOutcome | null;
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
};

/** What each step does with the workbook; the pane's components only call these. */
export function useAddin(gateway: WorkbookGateway, settings: AddinSettings) {
  const [state, setState] = React.useState<AddinState>(INITIAL);
  const update = (change: Partial<AddinState>): void => setState((current) => ({ ...current, ...change }));

  const guarded = async (work: () => Promise<Partial<AddinState>>): Promise<void> => {
    update({ busy: true, failure: null });
    try {
      update({ ...(await work()), busy: false });
    } catch (error) {
      logError(error);
      const detail = error instanceof Error ? error.message : String(error);
      const failure: Failure =
        error instanceof SheetWriteError
          ? { kind: 'write', restored: error.rolledBack, detail }
          : { kind: 'other', detail };
      update({ busy: false, failure, progress: null });
    }
  };

  const options = () => ({ asOf: settings.asOf === '' ? null : settings.asOf, createdOn: settings.today });

  const analyze = async (): Promise<{ grids: WorkbookGrids; outcome: RunOutcome }> => {
    const grids = await gateway.readWorkbook();
    return { grids, outcome: runWorkbook(grids, options()) };
  };

  return {
    state,
    createTemplate: () => guarded(async () => ({ template: await gateway.writeTemplate() })),
    check: () => guarded(async () => ({ run: await analyze() })),
    compute: () => guarded(async () => ({ run: await analyze() })),
    /** ④; with a supplier, the tables of that 수탁기업 alone (nothing of any other supplier). */
    write: (supplier: string | null = null) =>
      guarded(async () => {
        const run = await analyze();
        if (run.outcome.hasErrors) return { run, written: null };
        const outcome = supplier === null ? run.outcome : supplierRun(run.grids, options(), supplier);
        if (outcome === null) return { run, written: null };
        const written = await gateway.writeRun(
          outcome,
          { replace: settings.replace, grids: run.grids, today: settings.today },
          (progress) => update({ progress }),
        );
        return { run, written, progress: null };
      }),
    verify: () =>
      guarded(async () => {
        const grids = await gateway.readWorkbook();
        const verified = verifyWorkbook(grids, options());
        const differences = verified.verification?.differences ?? [];
        const bySheet = new Map<string, string[]>();
        for (const difference of differences) {
          if (difference.cell === '') continue;
          bySheet.set(difference.sheet, [...(bySheet.get(difference.sheet) ?? []), difference.cell]);
        }
        for (const [sheet, cells] of bySheet) await gateway.highlightCells(sheet, [...new Set(cells)]);
        return { verified };
      }),
    selectIssue: (issue: Pick<Issue, 'sheet' | 'cell'>) =>
      gateway.selectCell(issue.sheet, issue.cell).catch((error: unknown) => logError(error)),
  };
}

export type AddinActions = ReturnType<typeof useAddin>;
