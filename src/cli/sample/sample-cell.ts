import type { IsoDate, IsoMonth } from '../../domain/dates';
import type { OutputCell } from '../../workbook/grid';
import { dateToSerial } from '../../workbook/input/values';

/**
 * A cell of the sample workbook, written the way people really fill the template: a real
 * Excel date, a month-formatted date, a percent-formatted fraction, or plain numbers and text.
 */
export type SampleCell =
  | string
  | number
  | null
  | { readonly date: IsoDate }
  | { readonly month: IsoMonth }
  | { readonly percent: number }
  | { readonly number: number; readonly format: string };

const DAY_FORMAT = 'yyyy-mm-dd';
const MONTH_FORMAT = 'yyyy-mm';
const PERCENT_FORMAT = '0.0%';

export function sampleOutputCell(sample: SampleCell | undefined): OutputCell {
  if (sample === undefined || sample === null) return { style: 'body' };
  if (typeof sample === 'string' || typeof sample === 'number') return { value: sample, style: 'body' };
  if ('date' in sample) return { value: dateToSerial(sample.date), numberFormat: DAY_FORMAT, style: 'body' };
  if ('month' in sample) {
    return { value: dateToSerial(`${sample.month}-01`), numberFormat: MONTH_FORMAT, style: 'body' };
  }
  if ('percent' in sample) return { value: sample.percent, numberFormat: PERCENT_FORMAT, style: 'body' };
  return { value: sample.number, numberFormat: sample.format, style: 'body' };
}
