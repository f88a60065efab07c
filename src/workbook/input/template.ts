import type { EngineInput } from '../../domain/types';
import type { OutputCell, OutputSheet } from '../grid/grid';
import { readWorkbook } from './read-workbook';
import { CHOICE_SETS, type FieldSpec, INPUT_SCHEMAS, type InputSheetKey } from './schema';
import { dateToSerial } from './values';

/**
 * The input template: the four input sheets with their Korean headers and a few sample rows
 * that the reader accepts as they are (a test reads the template back).
 */

/** The header order of each input sheet, as the template writes it. */
export const TEMPLATE_HEADERS: { readonly [K in InputSheetKey]: readonly string[] } = {
  agreements: headersOf('agreements'),
  prices: headersOf('prices'),
  fx: headersOf('fx'),
  deliveries: headersOf('deliveries'),
};

/** The Korean words of each choice column, for Excel data-validation lists (keys are field keys). */
export const ENUM_CHOICES = {
  formula: labelsOf('formula'),
  cycle: labelsOf('cycle'),
  reflectionMode: labelsOf('reflectionMode'),
  rounding: labelsOf('rounding'),
  buyerSize: labelsOf('buyerSize'),
  optedOut: labelsOf('yesNo'),
  costKind: labelsOf('costKind'),
  direction: labelsOf('direction'),
  fxPlacement: labelsOf('fxPlacement'),
} as const;

/** A sample value: text or number as is, a day, a month, or a fraction shown as a percentage. */
type Sample =
  string | number | { readonly day: string } | { readonly month: string } | { readonly percent: number };

const DAY_FORMAT = 'yyyy-mm-dd';
const MONTH_FORMAT = 'yyyy-mm';
/** Text columns are formatted as text, so that Excel does not turn a part number like "3-15" into a date. */
const TEXT_FORMAT = '@';

/** Number formats by field key; dates, months and percentages follow from the sample. */
const NUMBER_FORMATS: Readonly<Record<string, string>> = {
  contractAmount: '#,##0',
  unitPrice: '#,##0',
  quantityPerUnit: '#,##0.0###',
  basePrice: '#,##0.00',
  averagingMonths: '0',
  effectiveLagDays: '0',
  priceDecimals: '0',
  price: '#,##0.00',
  rate: '#,##0.00',
  quantity: '#,##0',
};

const AGREEMENT_SAMPLES: readonly Readonly<Record<string, Sample>>[] = [
  {
    ...firstAgreement(),
    item: '모터 하우징',
    partNo: 'MH-100',
    unitPrice: 12000,
    material: '구리',
    index: 'LME 구리',
    formula: '투입량',
    quantityPerUnit: 0.0005,
    threshold: { percent: 0.1 },
    rounding: '반올림',
  },
  {
    ...firstAgreement(),
    item: '모터 하우징',
    partNo: 'MH-100',
    unitPrice: 12000,
    material: 'PP 수지',
    index: 'PP 수지 (국내)',
    formula: '투입량',
    quantityPerUnit: 0.9,
    threshold: { percent: 0.1 },
    rounding: '반올림',
  },
  {
    ...firstAgreement(),
    item: '커버 케이스',
    partNo: 'CC-200',
    unitPrice: 3500,
    material: 'PP 수지',
    index: 'PP 수지 (국내)',
    formula: '비중',
    materialShare: { percent: 0.4 },
    threshold: { percent: 0.05 },
    reflectionRatio: { percent: 0.8 },
    averagingMonths: 1,
    effectiveLagDays: 15,
    rounding: '절사',
  },
];

/** What the rows of one agreement share. */
function firstAgreement(): Readonly<Record<string, Sample>> {
  return {
    agreementId: 'YD-2024-001',
    buyer: '한빛전자(주)',
    supplier: '대성정밀(주)',
    signedOn: { day: '2024-01-10' },
    contractStart: { day: '2024-01-01' },
    contractEnd: { day: '2024-12-31' },
    contractAmount: 600_000_000,
    buyerSize: '중견기업',
    optedOut: 'N',
    basePoint: { month: '2024-01' },
    cycle: '분기',
    firstAdjustment: { day: '2024-04-01' },
    reflectionRatio: { percent: 1 },
    reflectionMode: '전액',
    averagingMonths: 0,
    effectiveLagDays: 0,
    priceDecimals: 0,
  };
}

const MONTHS = ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06'];
/** LME copper, USD per tonne, monthly averages. */
const COPPER_USD = [8300, 8450, 8700, 9400, 10100, 9650];
/** Domestic PP resin, KRW per kg. */
const RESIN_KRW = [1450, 1480, 1560, 1620, 1590, 1540];
/** KRW per USD, monthly averages. */
const USD_KRW = [1325.5, 1331.8, 1330.7, 1367.8, 1365.4, 1379.9];

const PRICE_SAMPLES: readonly Readonly<Record<string, Sample>>[] = [
  ...MONTHS.map((month, at) => ({
    index: 'LME 구리',
    date: { month },
    price: COPPER_USD[at] ?? 0,
    currency: 'USD',
    unit: 't',
  })),
  ...MONTHS.map((month, at) => ({
    index: 'PP 수지 (국내)',
    date: { month },
    price: RESIN_KRW[at] ?? 0,
    currency: 'KRW',
    unit: 'kg',
  })),
];

const FX_SAMPLES: readonly Readonly<Record<string, Sample>>[] = MONTHS.map((month, at) => ({
  currency: 'USD',
  date: { month },
  rate: USD_KRW[at] ?? 0,
}));

const DELIVERY_SAMPLES: readonly Readonly<Record<string, Sample>>[] = [
  { agreementId: 'YD-2024-001', item: '모터 하우징', date: { day: '2024-03-20' }, quantity: 1000 },
  { agreementId: 'YD-2024-001', item: '커버 케이스', date: { day: '2024-04-10' }, quantity: 5000 },
  { agreementId: 'YD-2024-001', item: '커버 케이스', date: { day: '2024-05-20' }, quantity: 4500 },
  { agreementId: 'YD-2024-001', item: '모터 하우징', date: { day: '2024-07-15' }, quantity: 1200 },
];

const SAMPLES: { readonly [K in InputSheetKey]: readonly Readonly<Record<string, Sample>>[] } = {
  agreements: AGREEMENT_SAMPLES,
  prices: PRICE_SAMPLES,
  fx: FX_SAMPLES,
  deliveries: DELIVERY_SAMPLES,
};

const SHEET_ORDER: readonly InputSheetKey[] = ['agreements', 'prices', 'fx', 'deliveries'];

/** The four input sheets with headers and sample rows. */
export function buildTemplateSheets(): OutputSheet[] {
  return SHEET_ORDER.map((key) => buildSheet(key));
}

function buildSheet(key: InputSheetKey): OutputSheet {
  const { sheet, fields } = INPUT_SCHEMAS[key];
  const header: OutputCell[] = fields.map((spec) => ({ value: spec.header, style: 'header' }));
  const body = SAMPLES[key].map((sample) => fields.map((spec) => sampleCell(spec, sample[spec.key])));
  return {
    name: sheet,
    rows: [header, ...body],
    columnWidths: fields.map((spec, column) =>
      columnWidth(
        spec,
        body.map((row) => row[column]),
      ),
    ),
    merges: [],
    frozenRows: 1,
    print: { paperSize: 'A4', orientation: 'landscape', fitToWidth: true, repeatRows: [1, 1] },
    choiceLists: fields.flatMap((spec, column) => {
      const choices = choicesOf(spec.key);
      return choices ? [{ column: column + 1, fromRow: 2, toRow: CHOICE_LIST_ROWS + 1, choices }] : [];
    }),
  };
}

/** Rows below the header that offer the drop-down lists: room for hundreds of items. */
const CHOICE_LIST_ROWS = 1000;

function choicesOf(key: string): readonly string[] | undefined {
  return (ENUM_CHOICES as Readonly<Record<string, readonly string[]>>)[key];
}

function sampleCell(spec: FieldSpec, sample: Sample | undefined): OutputCell {
  const numberFormat = formatFor(spec, sample);
  const value = sample === undefined ? null : cellValue(sample);
  return numberFormat === undefined ? { value, style: 'body' } : { value, numberFormat, style: 'body' };
}

function cellValue(sample: Sample): string | number {
  if (typeof sample === 'string' || typeof sample === 'number') return sample;
  if ('day' in sample) return dateToSerial(sample.day);
  if ('month' in sample) return dateToSerial(`${sample.month}-01`);
  return sample.percent;
}

function formatFor(spec: FieldSpec, sample: Sample | undefined): string | undefined {
  switch (spec.kind.type) {
    case 'date':
      return DAY_FORMAT;
    case 'point':
      return typeof sample === 'object' && 'month' in sample ? MONTH_FORMAT : DAY_FORMAT;
    case 'percent':
      return '0.0%';
    case 'text':
      return TEXT_FORMAT;
    default:
      return NUMBER_FORMATS[spec.key];
  }
}

/** Characters wide enough for the header and the samples; Hangul takes two columns. */
function columnWidth(spec: FieldSpec, cells: readonly (OutputCell | undefined)[]): number {
  const shown = [spec.header, ...cells.map((cell) => shownText(cell))];
  const widest = Math.max(...shown.map(displayWidth));
  return Math.min(40, Math.max(10, widest + 2));
}

function shownText(cell: OutputCell | undefined): string {
  const value = cell?.value;
  if (typeof value === 'number')
    return cell?.numberFormat?.startsWith('yyyy') ? 'yyyy-mm-dd' : value.toLocaleString('en-US');
  return typeof value === 'string' ? value : '';
}

function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/.test(char) ? 2 : 1;
  return width;
}

function headersOf(key: InputSheetKey): readonly string[] {
  return INPUT_SCHEMAS[key].fields.map((spec) => spec.header);
}

function labelsOf(name: keyof typeof CHOICE_SETS): readonly string[] {
  return CHOICE_SETS[name].choices.map((choice) => choice.label);
}

/** The template's sample rows as the reader reads them (for the 연동표 `template` writes beside them). */
export function templateInputs(): Pick<EngineInput, 'agreements' | 'prices'> {
  const sheets = buildTemplateSheets().map((sheet) => ({
    name: sheet.name,
    top: 1,
    left: 1,
    cells: sheet.rows.map((row) =>
      row.map((cell) =>
        cell.numberFormat === undefined
          ? { value: cell.value ?? null }
          : { value: cell.value ?? null, numberFormat: cell.numberFormat },
      ),
    ),
  }));
  const { agreements, prices } = readWorkbook({ sheets }).input;
  return { agreements, prices };
}
