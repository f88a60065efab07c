import type { IsoDate } from '../../domain/dates';
import type { WorkbookGrids } from '../grid/grid';
import { compareRuns, type AffectedAdjustment } from './affected';
import { planImport, type ImportPlan } from './import-plan';
import { applySheetEdits } from './sheet-edits';
import type { ImportProblem, ParsedSource } from './types';

/** Everything the user sees before confirming an import. */
export interface ImportPreview {
  readonly plan: ImportPlan;
  /** Bad rows of the files, then problems of the plan (conflicts, currencies). */
  readonly problems: readonly ImportProblem[];
  /** Values the files mark missing ("-"), left out. */
  readonly missing: number;
  /** Adjustments whose numbers a revision changes; computed only when something is revised. */
  readonly affected: readonly AffectedAdjustment[];
  /** Evaluations (연동 검토내역 rows) whose numbers a revision changes, triggered or not. */
  readonly changedEvaluations: number;
  /** Any error: nothing may be written. */
  readonly hasErrors: boolean;
  /** A revision changes a value already present: the user must confirm (CLI --yes). */
  readonly needsConfirmation: boolean;
}

/** Files read → the plan, and the adjustments a revision would change (both recomputed). */
export function prepareImport(
  grids: WorkbookGrids,
  sources: readonly ParsedSource[],
  importedOn: IsoDate,
): ImportPreview {
  const plan = planImport(
    grids,
    sources.flatMap((source) => source.observations),
    importedOn,
  );
  const problems = [...sources.flatMap((source) => source.problems), ...plan.problems];
  const hasErrors = problems.some((problem) => problem.severity === 'error');
  const needsConfirmation = plan.revisions.length > 0;
  const comparison =
    needsConfirmation && !hasErrors ? compareRuns(grids, applySheetEdits(grids, plan.edits)) : null;
  return {
    plan,
    problems,
    missing: sources.reduce((sum, source) => sum + source.missing, 0),
    affected: comparison?.adjustments ?? [],
    changedEvaluations: comparison?.evaluations ?? 0,
    hasErrors,
    needsConfirmation,
  };
}
