import type { OutputSheet } from '../../workbook/grid';
import { withRenamedReferences } from '../../workbook/output';
import { applyStyle, styleOperationCount } from './excel-styles';
import { OPERATION_OVERHEAD_BYTES, packBySize, PAYLOAD_BUDGET_BYTES } from './payload';
import { planRowBlocks, type RowBlock } from './row-blocks';
import { rollBack, type CreatedSheet, type SetAside } from './roll-back';
import { applyLayout, lineOperations, printScaleOf, scalesNotKept } from './sheet-layout';
import { sheetNameKey, uniqueSheetName } from './sheet-names';
import { styleAreas } from './style-areas';
import { styleRegions } from './style-regions';

/** What happens to a sheet that already has the name of a sheet being written. */
type ExistingSheetPolicy = 'archive' | 'replace' | 'skip';

export interface SheetWrite {
  readonly sheet: OutputSheet;
  readonly ifExists: ExistingSheetPolicy;
  /** For 'archive': the name the existing sheet is renamed to, given every name then taken. */
  readonly archiveName?: (takenNames: readonly string[]) => string;
  /** Queued last, on the new sheet once its cells are in: Excel tables, validation lists. */
  readonly decorate?: (worksheet: Excel.Worksheet, takenTableNames: Set<string>) => void;
}

export interface WriteProgress {
  readonly done: number;
  readonly total: number;
}

export interface WriteOptions {
  readonly budgetBytes?: number;
  readonly onProgress?: (progress: WriteProgress) => void;
}

export interface WriteOutcome {
  /** Final names of the sheets written. */
  readonly written: readonly string[];
  /** Existing sheets kept under a new name. */
  readonly archived: readonly { readonly from: string; readonly to: string }[];
  /** Existing sheets deleted because the user chose to replace them. */
  readonly replaced: readonly string[];
  /** Sheets left alone because they exist and the policy was 'skip'. */
  readonly skipped: readonly string[];
  /** Sheets written whose print scale Excel did not keep (read back after the write). */
  readonly layoutNotKept: readonly string[];
}

/** A write that failed; `rolledBack` tells whether the workbook was put back as it was. */
export class SheetWriteError extends Error {
  constructor(
    readonly reason: unknown,
    readonly rolledBack: boolean,
  ) {
    super(
      `${rolledBack ? 'Nothing was written' : 'The workbook could not be restored'}: ${
        reason instanceof Error ? reason.message : String(reason)
      }`,
    );
    this.name = 'SheetWriteError';
  }
}

/** Temporary names while the new sheets are filled; they never stay in the workbook. */
const TEMP_PREFIX = '~작성 중';
const SET_ASIDE_PREFIX = '~교체 전';

interface Job extends CreatedSheet {
  readonly write: SheetWrite;
  readonly old: SetAside | null;
  readonly asideName: string | null;
  worksheet: Excel.Worksheet | null;
}

/**
 * Writes sheets so that they land whole or not at all. Each new sheet is built under a
 * temporary name; the last request renames an existing sheet of the same name aside (archive)
 * or out of the way (replace: deleted by one more request once the new sheet is in place),
 * renames the new sheet into place and activates the first one. Rows are split over requests
 * only by size (PAYLOAD_BUDGET_BYTES), so the number of context.sync() calls is 2 + the
 * size-driven chunks, + 1 to read the print scales back. On any failure the new sheets are
 * deleted and renamed sheets get their names back.
 */
export async function writeSheets(
  context: Excel.RequestContext,
  writes: readonly SheetWrite[],
  options: WriteOptions = {},
): Promise<WriteOutcome> {
  const workbook = await loadWorkbook(context);
  const { jobs, skipped } = planJobs(writes, workbook.worksheets.items);
  if (jobs.length === 0) return { written: [], archived: [], replaced: [], skipped, layoutNotKept: [] };
  const requests = planRequests(jobs, options.budgetBytes ?? PAYLOAD_BUDGET_BYTES);
  const progress = new Progress(requests, options.onProgress);
  await sendWithRollBack(context, jobs, requests, workbook, progress);
  const deleted = await deleteReplaced(context, jobs, progress);
  const layoutNotKept = await scalesNotKept(
    context,
    jobs.map((job) => ({ worksheet: sheetOf(job), sheet: job.write.sheet })),
  );
  if (requests.readingBack) progress.step();
  return outcomeOf(jobs, skipped, deleted, layoutNotKept);
}

/** The workbook as the write starts: its sheets, and every name a new table must not take. */
interface LoadedWorkbook {
  readonly worksheets: Excel.WorksheetCollection;
  readonly takenTables: Set<string>;
}

async function loadWorkbook(context: Excel.RequestContext): Promise<LoadedWorkbook> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/id');
  const tables = context.workbook.tables;
  tables.load('items/name');
  // A table name must differ from every defined name as well as from every table name.
  const names = context.workbook.names;
  names.load('items/name');
  try {
    await context.sync();
  } catch (error) {
    throw new SheetWriteError(error, true);
  }
  const takenTables = new Set([...tables.items, ...names.items].map((named) => named.name.toUpperCase()));
  return { worksheets, takenTables };
}

/** The requests of a write, each sent by one context.sync(): cells first, then the finishing. */
interface RequestPlan {
  readonly data: readonly (readonly { readonly job: Job; readonly block: RowBlock }[])[];
  readonly finishing: readonly (readonly FinishingUnit[])[];
  /** One more request deletes the replaced sheets. */
  readonly replacing: boolean;
  /** One more request reads the print scales back. */
  readonly readingBack: boolean;
}

function planRequests(jobs: readonly Job[], budget: number): RequestPlan {
  // Formulas between the new sheets name them by their temporary names, and follow the swap.
  const renames = new Map(jobs.map((job) => [job.write.sheet.name, job.tempName]));
  const blocks = jobs.flatMap((job) =>
    planRowBlocks(withRenamedReferences(job.write.sheet, renames), budget).map((block) => ({ job, block })),
  );
  const data = packBySize(blocks, (entry) => entry.block.bytes, budget);
  if (data.length === 0) data.push([]);
  // The last request also carries the layout, the decorations and the swap: keep room for them.
  const finishing = packBySize(
    jobs.flatMap((job) => finishingUnits(job)),
    (unit) => unit.bytes,
    Math.max(1, budget - Math.min(FINAL_RESERVE_BYTES, Math.floor(budget / 8))),
  );
  if (finishing.length === 0) finishing.push([]);
  return {
    data,
    finishing,
    replacing: jobs.some((job) => job.old && job.write.ifExists === 'replace'),
    readingBack: jobs.some((job) => printScaleOf(job.write.sheet) !== null),
  };
}

/** Counts requests sent out of the write's total; the load already counts as one. */
class Progress {
  private done = 1;
  private readonly total: number;

  constructor(
    plan: RequestPlan,
    private readonly report: WriteOptions['onProgress'],
  ) {
    const extra = (plan.replacing ? 1 : 0) + (plan.readingBack ? 1 : 0);
    this.total = 1 + plan.data.length + plan.finishing.length + extra;
    this.tell();
  }

  step(): void {
    this.done += 1;
    this.tell();
  }

  private tell(): void {
    this.report?.({ done: this.done, total: this.total });
  }
}

/** Sends the cells, then the finishing and the swap; on any failure puts the workbook back. */
async function sendWithRollBack(
  context: Excel.RequestContext,
  jobs: readonly Job[],
  requests: RequestPlan,
  workbook: LoadedWorkbook,
  progress: Progress,
): Promise<void> {
  try {
    for (const [index, request] of requests.data.entries()) {
      if (index === 0) {
        for (const job of jobs) {
          job.worksheet = workbook.worksheets.add(job.tempName);
          job.worksheet.load('id');
        }
      }
      for (const { job, block } of request) writeBlock(sheetOf(job), block);
      await context.sync();
      if (index === 0) for (const job of jobs) job.createdId = sheetOf(job).id;
      progress.step();
    }
    for (const [index, request] of requests.finishing.entries()) {
      for (const unit of request) unit.apply();
      if (index === requests.finishing.length - 1) finish(jobs, workbook.takenTables);
      await context.sync();
      progress.step();
    }
  } catch (error) {
    const restored = await rollBack(
      context,
      jobs,
      jobs.flatMap((job) => (job.old ? [job.old] : [])),
    );
    throw new SheetWriteError(error, restored);
  }
}

/**
 * Replaced sheets are deleted only now that the new ones are in place, in a request of their
 * own: a batch that might still need undoing never deletes anything. True when they were.
 */
async function deleteReplaced(
  context: Excel.RequestContext,
  jobs: readonly Job[],
  progress: Progress,
): Promise<boolean> {
  const replaced = replacedJobs(jobs);
  if (replaced.length === 0) return false;
  for (const job of replaced) job.old?.worksheet.delete();
  try {
    await context.sync();
    progress.step();
    return true;
  } catch {
    return false;
  }
}

function replacedJobs(jobs: readonly Job[]): Job[] {
  return jobs.filter((job) => job.old && job.write.ifExists === 'replace');
}

/** Replaced sheets whose deletion failed are reported as set aside under their temporary names. */
function outcomeOf(
  jobs: readonly Job[],
  skipped: readonly string[],
  deleted: boolean,
  layoutNotKept: readonly string[],
): WriteOutcome {
  return {
    layoutNotKept,
    written: jobs.map((job) => job.write.sheet.name),
    archived: jobs.flatMap((job) =>
      job.old && job.asideName && (job.write.ifExists === 'archive' || !deleted)
        ? [{ from: job.old.name, to: job.asideName }]
        : [],
    ),
    replaced: deleted ? replacedJobs(jobs).map((job) => job.old?.name ?? '') : [],
    skipped,
  };
}

/**
 * What each write does: sheets that exist under a 'skip' policy are left alone; the others get
 * a temporary name, and an existing sheet of their name the name it is set aside under.
 */
function planJobs(
  writes: readonly SheetWrite[],
  existingSheets: readonly Excel.Worksheet[],
): { jobs: Job[]; skipped: string[] } {
  const taken = existingSheets.map((worksheet) => worksheet.name);
  const skipped: string[] = [];
  const jobs: Job[] = [];
  for (const write of writes) {
    const existing = existingSheets.find((w) => sheetNameKey(w.name) === sheetNameKey(write.sheet.name));
    if (existing && write.ifExists === 'skip') {
      skipped.push(existing.name);
      continue;
    }
    const tempName = uniqueSheetName(TEMP_PREFIX, taken);
    taken.push(tempName);
    let asideName: string | null = null;
    if (existing) {
      asideName =
        write.ifExists === 'archive' && write.archiveName
          ? write.archiveName(taken)
          : uniqueSheetName(SET_ASIDE_PREFIX, taken);
      taken.push(asideName);
    }
    const old = existing ? { id: existing.id, name: existing.name, worksheet: existing } : null;
    jobs.push({ write, old, asideName, tempName, createdId: null, worksheet: null });
  }
  return { jobs, skipped };
}

/** Room kept in the last request for layout, decorations and the swap (an eighth of a smaller budget). */
const FINAL_RESERVE_BYTES = 256 * 1024;

/** Formatting work queued after the cells: styles by groups of areas, then merged cells. */
interface FinishingUnit {
  readonly bytes: number;
  apply(): void;
}

function finishingUnits(job: Job): FinishingUnit[] {
  const styles = styleAreas(styleRegions(job.write.sheet)).map((areas) => ({
    bytes: styleOperationCount(areas) * OPERATION_OVERHEAD_BYTES + areas.address.length,
    apply: () => applyStyle(sheetOf(job), areas),
  }));
  const merges = job.write.sheet.merges.map((merge) => ({
    bytes: OPERATION_OVERHEAD_BYTES,
    apply: () => sheetOf(job).getRange(merge).merge(false),
  }));
  const lines = lineOperations(job.write.sheet).map((operation) => ({
    bytes: OPERATION_OVERHEAD_BYTES,
    apply: () => operation.apply(sheetOf(job)),
  }));
  return [...styles, ...merges, ...lines];
}

function sheetOf(job: Job): Excel.Worksheet {
  if (!job.worksheet) throw new Error(`internal: ${job.tempName} was not added`);
  return job.worksheet;
}

function writeBlock(worksheet: Excel.Worksheet, block: RowBlock): void {
  const range = worksheet.getRange(block.address);
  if (block.numberFormat) range.numberFormat = block.numberFormat;
  if (block.values) range.values = block.values;
  if (block.formulas) range.formulas = block.formulas;
}

/** Layout, decorations, then the swap: old sheets aside, new sheets into place. */
function finish(jobs: readonly Job[], takenTables: Set<string>): void {
  for (const job of jobs) {
    applyLayout(sheetOf(job), job.write.sheet);
    job.write.decorate?.(sheetOf(job), takenTables);
  }
  for (const job of jobs) {
    if (job.old && job.asideName) job.old.worksheet.name = job.asideName;
  }
  for (const job of jobs) sheetOf(job).name = job.write.sheet.name;
  const first = jobs[0];
  if (first) sheetOf(first).activate();
}
