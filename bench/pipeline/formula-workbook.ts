import type ExcelJS from 'exceljs';
import { columnLetters, SHEET } from '../../src/workbook/grid';
import { TEMPLATE_HEADERS } from '../../src/workbook/input';
import { inputWorkbook } from './make-input';
import { CYCLES, pipelineSizes } from './sizes';

/**
 * The same computation as spreadsheet formulas, as purchasing teams do it in Excel today: a key
 * column on 원재료가격 (지표|월), then per agreement row INDEX/MATCH for the base price and for the
 * comparison price of each of the 12 monthly adjustment dates, the trigger test, δ with a rolling
 * base, and the row's new unit price. (Per row, not summed per item: this gives LibreOffice less work.)
 */
export const CALC_SHEET = '연동계산';

function agreementColumn(header: string): string {
  const at = TEMPLATE_HEADERS.agreements.indexOf(header);
  if (at < 0) throw new Error(`no header ${header}`);
  return `'${SHEET.agreements}'!$${columnLetters(at + 1)}`;
}

export function formulaWorkbook(): ExcelJS.Workbook {
  const { agreementRows, priceRows } = pipelineSizes();
  const workbook = inputWorkbook();
  const prices = workbook.getWorksheet(SHEET.prices);
  if (!prices) throw new Error('no price sheet');
  prices.getCell('F1').value = '키';
  for (let row = 2; row <= priceRows + 1; row += 1)
    prices.getCell(`F${row}`).value = { formula: `A${row}&"|"&B${row}` } as ExcelJS.CellFormulaValue;
  const last = priceRows + 1;
  const priceCol = `'${SHEET.prices}'!$C$2:$C$${last}`;
  const keyCol = `'${SHEET.prices}'!$F$2:$F$${last}`;
  const [index, basePoint, threshold, first, ratio, quantity, unitPrice] = [
    '기준지표',
    '기준시점',
    '조정요건',
    '첫조정일',
    '반영비율',
    '단위당투입량',
    '납품단가',
  ].map(agreementColumn);
  const calc = workbook.addWorksheet(CALC_SHEET);
  for (let row = 2; row <= agreementRows + 1; row += 1) {
    const lookup = (month: string) => `INDEX(${priceCol},MATCH(${index}${row}&"|"&${month},${keyCol},0))`;
    const cells: string[] = [lookup(`${basePoint}${row}`)];
    const deltas: string[] = [];
    for (let k = 1; k <= CYCLES; k += 1) {
      const day = `(EDATE(${first}${row},${k - 1})-1)`;
      const base = columnLetters(3 * k - 2) + row;
      const p = columnLetters(3 * k - 1) + row;
      const delta = columnLetters(3 * k) + row;
      cells.push(lookup(`DATE(YEAR(${day}),MONTH(${day}),1)`));
      cells.push(
        `IF(ABS(${p}-${base})>=${threshold}${row}*${base},${quantity}${row}*(${p}-${base})*${ratio}${row},0)`,
      );
      cells.push(`IF(${delta}<>0,${p},${base})`);
      deltas.push(delta);
    }
    cells.push(`ROUND(${unitPrice}${row}+${deltas.join('+')},0)`);
    cells.forEach((formula, at) => {
      calc.getCell(row, at + 1).value = { formula } as ExcelJS.CellFormulaValue;
    });
  }
  return workbook;
}

/** Column (1-based) of the new unit price on the calc sheet. */
export const RESULT_COLUMN = 3 * CYCLES + 2;

if (require.main === module) {
  const out = process.argv[2];
  if (!out) throw new Error('usage: formula-workbook <out.xlsx>');
  void formulaWorkbook().xlsx.writeFile(out);
}
