import ExcelJS from 'exceljs';
import { columnLetters } from '../../src/workbook/grid/cells';
import { INPUT_SCHEMAS, type InputSheetKey } from '../../src/workbook/input/schema';
import { TEMPLATE_HEADERS } from '../../src/workbook/input/template';

export type InputRow = Readonly<Record<string, string | number | Date | null>>;
export type InputRows = Partial<Readonly<Record<InputSheetKey, readonly InputRow[]>>>;

/** The column letter of a field in a sheet written by writeInputWorkbook ("threshold" → "T"). */
export function columnOf(sheet: InputSheetKey, key: string): string {
  const header = INPUT_SCHEMAS[sheet].fields.find((spec) => spec.key === key)?.header;
  const at = TEMPLATE_HEADERS[sheet].findIndex((candidate) => candidate === header);
  if (at < 0) throw new Error(`no field ${key} in ${sheet}`);
  return columnLetters(at + 1);
}

/** An input workbook under the template's headers, rows given by field key, written with exceljs. */
export async function writeInputWorkbook(path: string, rows: InputRows): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const key of Object.keys(INPUT_SCHEMAS) as InputSheetKey[]) {
    const sheetRows = rows[key];
    if (!sheetRows) continue;
    const worksheet = workbook.addWorksheet(INPUT_SCHEMAS[key].sheet);
    const headers = TEMPLATE_HEADERS[key];
    const keys = headers.map(
      (header) => INPUT_SCHEMAS[key].fields.find((spec) => spec.header === header)?.key,
    );
    worksheet.addRow([...headers]);
    for (const row of sheetRows)
      worksheet.addRow(keys.map((field) => (field === undefined ? null : (row[field] ?? null))));
  }
  await workbook.xlsx.writeFile(path);
}

/**
 * DOMAIN §3.5 example 1 as a workbook: U₀ 10,000, 2 kg of copper, B 9,000 → P 10,080 (+12 %),
 * threshold 10 % → 12,160 from 2024-04-01, and one delivery of 100 units after it.
 */
export const EXAMPLE_ONE: InputRows = {
  agreements: [
    {
      agreementId: 'T-2024-01',
      buyer: '한빛전자(주)',
      supplier: '대성정밀(주)',
      item: '모터 하우징',
      partNo: 'MH-1',
      signedOn: '2024-01-10',
      unitPrice: 10000,
      material: '구리',
      index: '구리 (원/kg)',
      formula: '투입량',
      quantityPerUnit: 2,
      basePoint: '2024-01',
      threshold: '10%',
      cycle: '분기',
      firstAdjustment: '2024-04-01',
    },
  ],
  prices: [
    { index: '구리 (원/kg)', date: '2024-01', price: 9000 },
    { index: '구리 (원/kg)', date: '2024-02', price: 9500 },
    { index: '구리 (원/kg)', date: '2024-03', price: 10080 },
    { index: '구리 (원/kg)', date: '2024-04', price: 10200 },
  ],
  deliveries: [{ agreementId: 'T-2024-01', item: '모터 하우징', date: '2024-04-15', quantity: 100 }],
};
