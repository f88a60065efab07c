import type { OutputCell, OutputSheet } from '../../workbook/grid';
import { type FieldSpec, INPUT_SCHEMAS, type InputSheetKey, TEMPLATE_HEADERS } from '../../workbook/input';
import { NOTE_HEADER, sampleAgreementRows } from './sample-agreements';
import { sampleOutputCell, type SampleCell } from './sample-cell';
import { sampleDeliveryRows } from './sample-deliveries';
import { sampleFxRows, samplePriceRows } from './sample-prices';

type Rows = readonly Readonly<Record<string, SampleCell>>[];

/** Korean text is about twice as wide as Latin; the widths are fixed so the file is stable. */
const WIDE = 16;
const NARROW = 11;

/** The sample workbook's four input sheets, under the template's headers. */
export function buildSampleSheets(): OutputSheet[] {
  return [
    inputSheet('agreements', sampleAgreementRows(), [NOTE_HEADER]),
    inputSheet('prices', samplePriceRows()),
    inputSheet('fx', sampleFxRows()),
    inputSheet('deliveries', sampleDeliveryRows()),
  ];
}

function inputSheet(key: InputSheetKey, rows: Rows, extraHeaders: readonly string[] = []): OutputSheet {
  const { sheet } = INPUT_SCHEMAS[key];
  const headers = [...TEMPLATE_HEADERS[key], ...extraHeaders];
  const keys = headers.map((header) => keyOf(key, header));
  const headerRow: OutputCell[] = headers.map((header) => ({ value: header, style: 'header' }));
  return {
    name: sheet,
    rows: [headerRow, ...rows.map((row) => keys.map((column) => sampleOutputCell(row[column])))],
    columnWidths: keys.map((column) => (isWide(column) ? WIDE : NARROW)),
    merges: [],
    frozenRows: 1,
    print: { paperSize: 'A4', orientation: 'landscape', fitToWidth: true, repeatRows: [1, 1] },
  };
}

/** The field key a template header stands for; an extra column is keyed by its header. */
function keyOf(key: InputSheetKey, header: string): string {
  const fields: readonly FieldSpec[] = INPUT_SCHEMAS[key].fields;
  return fields.find((spec) => spec.header === header)?.key ?? header;
}

function isWide(column: string): boolean {
  return ['agreementId', 'buyer', 'supplier', 'item', 'index', NOTE_HEADER].includes(column);
}
