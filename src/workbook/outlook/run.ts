import type { IsoDate } from '../../domain/dates';
import type { Issue } from '../../domain/issues';
import type { Shock } from '../../domain/outlook/assumed-prices';
import { outlook, type Outlook } from '../../domain/outlook/outlook';
import type { WorkbookGrids } from '../grid/grid';
import { readWorkbook } from '../input/read-workbook';

export interface WorkbookOutlook {
  readonly outlook: Outlook;
  /** Reading issues first, then the engine's. */
  readonly issues: readonly Issue[];
  /** The indices the agreement rows use, in first-use order (what a shock may name). */
  readonly indices: readonly string[];
}

/** The one outlook pipeline of the CLI and the pane: read the input sheets, then the outlook. */
export function outlookOfWorkbook(
  workbook: WorkbookGrids,
  options: { readonly asOf: IsoDate | null; readonly shocks: readonly Shock[] },
): WorkbookOutlook {
  const read = readWorkbook(workbook);
  const result = outlook({ ...read.input, asOf: options.asOf }, options);
  return {
    outlook: result,
    issues: [...read.issues, ...result.issues],
    indices: [...new Set(read.input.agreements.map((row) => row.index))],
  };
}

/** The first shock whose index no agreement row uses, or null. */
export function unknownShock(shocks: readonly Shock[], indices: readonly string[]): Shock | null {
  return shocks.find((shock) => !indices.includes(shock.index)) ?? null;
}
