import type { OutputSheet } from './grid';
import { SheetBuilder } from './sheet-builder';

/**
 * An output sheet as the way to write it: `steps` sets every cell into the builder it is given,
 * top to bottom, pausing every few rows, and returns what the builder's `build` gave. Into a
 * SheetBuilder that is the whole sheet; into a StreamingSheetBuilder the rows pass through, so
 * that a sheet of a million rows can be measured and then written without ever being held, and
 * the pauses let the file being written catch up with the rows being made.
 */
export interface SheetPlan {
  readonly name: string;
  steps(sheet: SheetBuilder): Generator<void, OutputSheet, void>;
}

/** Runs the steps to their end. */
export function finished<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
  }
}

export function materialize(plan: SheetPlan): OutputSheet {
  return finished(plan.steps(new SheetBuilder()));
}

/** The most rows an Excel worksheet holds. */
export const EXCEL_MAX_ROWS = 1_048_576;

/** A sheet longer than a worksheet holds (Excel's limit unless a test asks for fewer); nothing was saved. */
export class SheetTooLongError extends Error {
  constructor(
    readonly sheetName: string,
    readonly rows: number,
    readonly limit: number = EXCEL_MAX_ROWS,
  ) {
    super(`sheet '${sheetName}' has ${rows} rows, more than the ${limit} a sheet holds`);
    this.name = 'SheetTooLongError';
  }
}
