import type ExcelJS from 'exceljs';
import { createWriteStream } from 'fs';
import type { FileHandle } from 'fs/promises';
import {
  loadWorkbookFile,
  streamable,
  type StreamableWorkbook,
  streamWorkbook,
  workbookGrids,
  writeOutputSheets,
} from '../adapters/xlsx';
import type { IsoDate } from '../domain/dates';
import type { ReviewListing } from '../workbook/review-sheet';
import { runWorkbook, type RunOutcome } from '../workbook/run';
import { EXCEL_MAX_ROWS, materialize, SheetTooLongError } from '../workbook/sheet-plan';
import { makeRoomForOutputSheets, type DisplacedSheet } from './place-output-sheets';
import { saveOutput, saveOutputWith, tooLongSheet, type OutputPlan } from './save-output';

export interface ComputeFileOptions {
  readonly asOf: IsoDate | null;
  readonly createdOn: IsoDate;
  readonly replace: boolean;
  /** Which evaluations 연동 검토내역 lists (default all). */
  readonly review?: ReviewListing;
  /** Rows one sheet may hold (Excel's limit unless a test asks for fewer). */
  readonly maxRows?: number;
}

export interface ComputeFileResult {
  readonly outcome: RunOutcome;
  readonly displaced: readonly DisplacedSheet[];
  /** False when input errors stopped the output (an incomplete table must not reach a signature). */
  readonly written: boolean;
  /** The file written, or the one that would have been. */
  readonly outputPath: string;
  /** Why the workbook was written whole in memory rather than streamed, or null when it was streamed. */
  readonly writtenInMemory: string | null;
}

/**
 * input file → computation → output file holding the input sheets, the 납품단가 변동표 and the
 * 연동 검토내역 (continued on numbered sheets past Excel's last row). The output sheets are
 * streamed: written row by row as they are made, never held whole. A workbook with something
 * the streaming writer cannot copy (an Excel table, a picture…) is written whole in memory.
 * The input file is only read, unless the output plan is in place.
 */
export async function computeFile(
  inputPath: string,
  output: OutputPlan,
  options: ComputeFileOptions,
): Promise<ComputeFileResult> {
  try {
    return await computeAndSave(inputPath, output, options);
  } catch (failure) {
    throw tooLongSheet(failure) ?? failure;
  }
}

async function computeAndSave(
  inputPath: string,
  output: OutputPlan,
  options: ComputeFileOptions,
): Promise<ComputeFileResult> {
  const maxRows = options.maxRows ?? EXCEL_MAX_ROWS;
  const computed = await computeWorkbook(inputPath, options, maxRows);
  const { outcome } = computed;
  if (computed.kind === 'errors') {
    return { outcome, displaced: [], written: false, outputPath: output.path, writtenInMemory: null };
  }
  const { displaced } = computed;
  const plans = outcome.sheetPlans;
  if (computed.kind === 'in-memory') {
    const sheets = plans.map(materialize);
    const tooLong = sheets.find((sheet) => sheet.rows.length > maxRows);
    if (tooLong) throw new SheetTooLongError(tooLong.name, tooLong.rows.length, maxRows);
    writeOutputSheets(computed.workbook, sheets);
    const outputPath = await saveOutput(computed.workbook, output);
    return { outcome, displaced, written: true, outputPath, writtenInMemory: computed.reason };
  }
  // Only the holder is kept from here on: the writer lets go of the loaded workbook once it is copied.
  const { streamable: source } = computed;
  const outputPath = await saveOutputWith(output, async () => async (handle: FileHandle) => {
    // A stream on the descriptor, not on the handle: the handle must stay free to be flushed and closed.
    const stream = createWriteStream('', { fd: handle.fd, autoClose: false });
    await streamWorkbook(source, plans, stream, maxRows);
  });
  return { outcome, displaced, written: true, outputPath, writtenInMemory: null };
}

type Computed =
  | { readonly kind: 'errors'; readonly outcome: RunOutcome }
  | {
      readonly kind: 'stream';
      readonly outcome: RunOutcome;
      readonly displaced: DisplacedSheet[];
      readonly streamable: StreamableWorkbook;
    }
  | {
      readonly kind: 'in-memory';
      readonly outcome: RunOutcome;
      readonly displaced: DisplacedSheet[];
      readonly workbook: ExcelJS.Workbook;
      readonly reason: string;
    };

/** Loads and computes the workbook, and makes room for the output sheets in it. */
async function computeWorkbook(
  inputPath: string,
  options: ComputeFileOptions,
  maxRows: number,
): Promise<Computed> {
  const workbook = await loadWorkbookFile(inputPath);
  const outcome = runWorkbook(workbookGrids(workbook), {
    asOf: options.asOf,
    createdOn: options.createdOn,
    review: { listing: options.review ?? 'all', maxRows },
  });
  if (outcome.hasErrors) return { kind: 'errors', outcome };
  const displaced = makeRoomForOutputSheets(
    workbook,
    outcome.sheetPlans.map((plan) => plan.name),
    { replace: options.replace, today: options.createdOn },
  );
  const prepared = streamable(workbook);
  return 'reason' in prepared
    ? { kind: 'in-memory', outcome, displaced, workbook, reason: prepared.reason }
    : { kind: 'stream', outcome, displaced, streamable: prepared };
}
