import type ExcelJS from 'exceljs';
import type { FileHandle } from 'fs/promises';
import {
  handleStream,
  loadWorkbookFile,
  streamable,
  type StreamableWorkbook,
  streamWorkbook,
  workbookGrids,
  writeOutputSheets,
} from '../adapters/xlsx';
import type { IsoDate } from '../domain/dates';
import { materializeSheet, type OutputSheet, type WritableSheet } from '../workbook/grid';
import type { ReviewListing } from '../workbook/output';
import type { RunOutcome, RunSummary } from '../workbook/run';
import { runWorkbookStreamed, type StreamedRun } from '../workbook/run-streamed';
import { assertSheetsFit, EXCEL_MAX_ROWS } from '../workbook/output';
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
  readonly outcome: RunSummary;
  readonly displaced: readonly DisplacedSheet[];
  /** False when input errors stopped the output (an incomplete table must not reach a signature). */
  readonly written: boolean;
  /** The file written, or the one that would have been. */
  readonly outputPath: string;
  /** Why the workbook was written whole in memory rather than streamed, or null when it was streamed. */
  readonly writtenInMemory: string | null;
}

/** The output sheets of a run, in the order they are written. */
export function outputSheetsOf(outcome: RunOutcome): OutputSheet[] {
  return [outcome.changeTable, outcome.calculationSheet, ...outcome.reviewSheets, outcome.agreementTable];
}

/**
 * input file → computation → output file holding the input sheets, the 납품단가 변동표, the
 * 연동 계산 내역, the 연동 검토내역 (continued on numbered sheets past a sheet's last row) and
 * the 연동표. The file is streamed: exceljs's streaming writer compresses and writes the rows as
 * they go. A workbook with something that writer cannot copy (an Excel table, a picture…) is
 * written whole in memory instead. The input file is only read, unless the output plan is in place.
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
  const { outcome } = computed.run;
  if (computed.kind === 'errors') {
    return { outcome, displaced: [], written: false, outputPath: output.path, writtenInMemory: null };
  }
  const { displaced } = computed;
  if (computed.kind === 'in-memory') {
    const sheets = [...computed.run.sheets()].map(materializeSheet);
    assertSheetsFit(sheets, maxRows);
    writeOutputSheets(computed.workbook, sheets);
    const outputPath = await saveOutput(computed.workbook, output);
    return { outcome, displaced, written: true, outputPath, writtenInMemory: computed.reason };
  }
  const outputPath = await saveStreamed(computed.streamable, computed.run.sheets(), output, maxRows);
  return { outcome, displaced, written: true, outputPath, writtenInMemory: null };
}

/** Streams the workbook's sheets and `sheets` into the output file, with saveOutput's guarantees. */
export async function saveStreamed(
  source: StreamableWorkbook | null,
  sheets: Iterable<WritableSheet>,
  output: OutputPlan,
  maxRows = EXCEL_MAX_ROWS,
): Promise<string> {
  return saveOutputWith(output, async () => async (handle: FileHandle) => {
    await streamWorkbook(source, sheets, handleStream(handle), maxRows);
  });
}

type Computed =
  | { readonly kind: 'errors'; readonly run: StreamedRun }
  | {
      readonly kind: 'stream';
      readonly run: StreamedRun;
      readonly displaced: DisplacedSheet[];
      readonly streamable: StreamableWorkbook;
    }
  | {
      readonly kind: 'in-memory';
      readonly run: StreamedRun;
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
  const run = runWorkbookStreamed(workbookGrids(workbook), {
    asOf: options.asOf,
    createdOn: options.createdOn,
    review: { listing: options.review ?? 'all', maxRows },
  });
  if (run.outcome.hasErrors) return { kind: 'errors', run };
  const displaced = makeRoomForOutputSheets(workbook, run.sheetNames, {
    replace: options.replace,
    today: options.createdOn,
  });
  const prepared = streamable(workbook);
  return 'reason' in prepared
    ? { kind: 'in-memory', run, displaced, workbook, reason: prepared.reason }
    : { kind: 'stream', run, displaced, streamable: prepared };
}
