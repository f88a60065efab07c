import { loadWorkbookFile, workbookGrids } from '../adapters/xlsx';
import type { IsoDate } from '../domain/dates';
import { runWorkbook, type RunOutcome } from '../workbook/run';
import { placeOutputSheets, type DisplacedSheet } from './place-output-sheets';
import { saveOutput, type OutputPlan } from './save-output';

export interface ComputeFileOptions {
  readonly asOf: IsoDate | null;
  readonly createdOn: IsoDate;
  readonly replace: boolean;
}

export interface ComputeFileResult {
  readonly outcome: RunOutcome;
  readonly displaced: readonly DisplacedSheet[];
  /** False when input errors stopped the output (an incomplete table must not reach a signature). */
  readonly written: boolean;
  /** The file written, or the one that would have been. */
  readonly outputPath: string;
}

/**
 * input file → computation → output file holding the input sheets, the 납품단가 변동표 and the
 * 연동 검토내역. The input file is only read, unless the output plan is in place.
 */
export async function computeFile(
  inputPath: string,
  output: OutputPlan,
  options: ComputeFileOptions,
): Promise<ComputeFileResult> {
  const workbook = await loadWorkbookFile(inputPath);
  const outcome = runWorkbook(workbookGrids(workbook), { asOf: options.asOf, createdOn: options.createdOn });
  if (outcome.hasErrors) return { outcome, displaced: [], written: false, outputPath: output.path };
  const displaced = placeOutputSheets(
    workbook,
    [outcome.changeTable, outcome.calculationSheet, outcome.reviewSheet, outcome.agreementTable],
    {
      replace: options.replace,
      today: options.createdOn,
    },
  );
  const outputPath = await saveOutput(workbook, output);
  return { outcome, displaced, written: true, outputPath };
}
