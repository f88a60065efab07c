import type { Writable } from 'stream';
import ExcelJS from 'exceljs';
import type { WritableSheet } from '../../workbook/grid';
import { assertSheetsFit, EXCEL_MAX_ROWS } from '../../workbook/output';
import { copyWorksheet, unstreamable } from './copy-worksheet';
import { type SheetModel, sheetModelOf } from './sheet-model';
import { streamOutputSheet } from './stream-output-sheet';

/**
 * A loaded workbook whose sheets the streaming writer can copy. It is handed over once: the
 * writer lets go of it as soon as its sheets are copied, so that the output's rows are made
 * without the loaded workbook (the largest thing in memory by then) still being held.
 */
export class StreamableWorkbook {
  private held: { readonly workbook: ExcelJS.Workbook; readonly models: readonly SheetModel[] } | null;

  constructor(workbook: ExcelJS.Workbook, models: readonly SheetModel[]) {
    this.held = { workbook, models };
  }

  /** The workbook and its sheets' models, once; a second call is a programming error. */
  take(): { readonly workbook: ExcelJS.Workbook; readonly models: readonly SheetModel[] } {
    const held = this.held;
    if (held === null) throw new Error('the workbook was already written');
    this.held = null;
    return held;
  }
}

/** The workbook ready to be streamed, or why it must be written in memory (see unstreamable). */
export function streamable(workbook: ExcelJS.Workbook): StreamableWorkbook | { readonly reason: string } {
  const models = workbook.worksheets.map(sheetModelOf);
  const reason = unstreamable(workbook, models);
  return reason === null ? new StreamableWorkbook(workbook, models) : { reason };
}

interface DefinedNamesModel {
  model: unknown;
}

/**
 * Writes the workbook's own sheets (inputs, archived tables; none when `source` is null)
 * followed by the output sheets to `output` as one .xlsx file, through exceljs's streaming
 * writer: the file's rows are compressed and written as they go, never held as one workbook
 * model or one string, and each style is filed once. Text goes to the shared-string table, as
 * exceljs's in-memory writer does, so that it reads back unchanged. The sheets are taken one at
 * a time, so they can be made as they are asked for and let go once written. A sheet longer than
 * `maxRows` stops the writing (SheetTooLongError): the caller's temporary file is then dropped.
 * If writing fails, the writing is stopped and `output` closed before the failure is passed on.
 */
export async function streamWorkbook(
  source: StreamableWorkbook | null,
  sheets: Iterable<WritableSheet>,
  output: Writable,
  maxRows = EXCEL_MAX_ROWS,
): Promise<void> {
  let failure: unknown = null;
  let reportFailure: (error: unknown) => void = () => undefined;
  // Settles only on a failure of `output`; the writer's own commit would wait for ever on one that came early.
  const failed = new Promise<never>((_resolve, reject) => {
    reportFailure = reject;
  });
  failed.catch(() => undefined);
  output.on('error', (error: unknown) => {
    failure ??= error;
    reportFailure(error);
  });
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output as unknown as import('stream').Stream,
    useStyles: true,
    useSharedStrings: true,
  });
  try {
    if (source !== null) copyWorkbook(source, writer);
    const catchUp = fileCatchUp(() => {
      if (failure !== null) throw failure;
    });
    for (const sheet of sheets) {
      assertSheetsFit([sheet], maxRows);
      await streamOutputSheet(sheet, writer, catchUp);
    }
    await Promise.race([writer.commit(), failed]);
    if (failure !== null) throw failure;
  } catch (error) {
    await stopWriting(writer, output);
    throw error;
  }
}

/** The workbook's properties and its own sheets, into the writer; the loaded workbook is let go after. */
function copyWorkbook(source: StreamableWorkbook, writer: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const { workbook, models } = source.take();
  writer.creator = workbook.creator ?? 'ExcelJS';
  writer.lastModifiedBy = workbook.lastModifiedBy ?? 'ExcelJS';
  writer.created = workbook.created ?? writer.created;
  writer.modified = workbook.modified ?? writer.modified;
  writer.views = workbook.views;
  (writer.definedNames as unknown as DefinedNamesModel).model = (
    workbook.definedNames as unknown as DefinedNamesModel
  ).model;
  workbook.worksheets.forEach((worksheet, index) => {
    const model = models[index];
    if (model) copyWorksheet(worksheet, model, writer);
  });
}

/** Stops the zip and closes `output` once nothing is being written to it any more. */
async function stopWriting(writer: ExcelJS.stream.xlsx.WorkbookWriter, output: Writable): Promise<void> {
  (writer as unknown as { zip: { abort(): void } }).zip.abort();
  if (output.destroyed && output.closed) return;
  await new Promise<void>((resolve) => {
    output.once('close', () => resolve());
    output.destroy();
  });
}

/** Rows made but not yet compressed and written may hold this much memory, beyond what was held at the start. */
const BEHIND_LIMIT = 64 * 2 ** 20;

/** Waits that find nothing written in between before the rows go on anyway (see fileCatchUp). */
const STALLED_WAITS = 10;

/**
 * What lets the file catch up: the event loop runs (the writer compresses on the thread pool and
 * writes when it does), and while the bytes waiting in buffers (Node's external memory) stay
 * above the limit and keep going down, the rows wait. So the file's XML is never held whole. A
 * sheet's first bytes are handed on only by its next write, so when the waiting stops helping,
 * the rows go on rather than wait for ever.
 */
function fileCatchUp(checkFailure: () => void): () => Promise<void> {
  const baseline = process.memoryUsage().external;
  const behind = (): number => process.memoryUsage().external - baseline;
  return async () => {
    await new Promise((resolve) => setImmediate(resolve));
    checkFailure();
    let previous = behind();
    for (let stalled = 0; previous > BEHIND_LIMIT && stalled < STALLED_WAITS;) {
      await new Promise((resolve) => setTimeout(resolve, 2));
      const now = behind();
      stalled = now < previous ? 0 : stalled + 1;
      previous = now;
    }
  };
}
